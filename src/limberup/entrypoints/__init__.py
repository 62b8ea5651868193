"""Ways in: the command line and the web app. They convert input and output, then call services."""
