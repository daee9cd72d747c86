"""One module per ``statements`` command; each body parses, calls the library, formats."""
