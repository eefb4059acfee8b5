# Aamcare: web (default command) and worker (`python worker.py`) from one image.
# Slim Python, a non-root user, the catalogs compiled by `pip install .`, and a health check on /healthz.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    APP_ENV=production \
    HOST=0.0.0.0 \
    PORT=8000

WORKDIR /app
RUN useradd --system --uid 10001 --no-create-home --home-dir /app aamcare

# Dependencies first: this layer is rebuilt only when requirements.txt changes.
COPY requirements.txt ./
RUN pip install -r requirements.txt

COPY . .
# Compiles locales/*/LC_MESSAGES/messages.mo (setup.py's build step); the app refuses to start without them.
RUN pip install --no-deps . \
    && test -f locales/ne/LC_MESSAGES/messages.mo && test -f locales/hi/LC_MESSAGES/messages.mo \
    && rm -rf build *.egg-info

USER aamcare
EXPOSE 8000
# gunicorn's SIGTERM: stop accepting, finish requests in flight (graceful_timeout in gunicorn.conf.py).
STOPSIGNAL SIGTERM
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
    CMD ["python", "-c", "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:%s/healthz' % os.environ.get('PORT', '8000'), timeout=4)"]
CMD ["gunicorn", "app:create_app()"]
