"""Scenarios start at the counter: an officer receives an applicant and files the request."""
