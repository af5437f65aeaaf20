"""Table models: plain service rows shown in QTableViews."""
