"""Use cases: (session, actor, input) -> result. Permissions, audit and change log
happen here, in one transaction. No Qt."""
