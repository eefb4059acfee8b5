"""gunicorn settings for the bare endpoint (bench/bare.py): gunicorn's defaults; the benchmark passes the worker
class and count on the command line. Without this file gunicorn would read the app's ./gunicorn.conf.py."""
control_socket_disable = True  # several gunicorns on one machine would share one default control socket path
