# The DiploGraph API/CLI image (docker-compose.yml builds it for `api` and `loader`).
# Installs exactly like the Makefile: the project from pyproject.toml, versions
# pinned by constraints.txt (without the dev extras).
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    DIPLOGRAPH_DATA_DIR=/data

WORKDIR /app
COPY pyproject.toml constraints.txt README.md ./
COPY diplograph ./diplograph
COPY app ./app
COPY graph ./graph
COPY ingest ./ingest
# A current pip, as the Makefile uses: older ones miss extras spelt with '_' (lxml[html_clean]).
RUN pip install --upgrade pip && pip install -c constraints.txt .

COPY examples ./examples
RUN useradd --system --home-dir /app diplograph \
    && mkdir -p /data && chown diplograph /data
USER diplograph

EXPOSE 8000
CMD ["diplograph", "serve", "--host", "0.0.0.0", "--port", "8000"]
