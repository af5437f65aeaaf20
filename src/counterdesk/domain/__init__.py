"""Pure rules: no I/O, no Qt, nothing imported from the rest of the project."""
