"""Dialogs that run one service call each; errors are shown at the fields."""
