"""The service layer, the REST API and the `diplograph` command line."""
