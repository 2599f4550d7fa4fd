# syntax=docker/dockerfile:1
# SMM panel bot: multi-stage build, production dependencies only, runs as the unprivileged "node" user.
#   docker build -t smm-panel-bot .
#   docker run --env-file .env -v bot-data:/data smm-panel-bot
# The image starts the bot as the tests and `npm start` do: `node dist/main.js`.

ARG NODE_IMAGE=node:20-slim

# ── build: compile TypeScript; sqlite3 is a native module (prebuilt binary, else built here from source)
FROM ${NODE_IMAGE} AS build
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npx tsc -p tsconfig.build.json \
 && npm prune --omit=dev --no-audit --no-fund \
 && npm cache clean --force

# ── runtime: the compiled app, its production node_modules (with the built sqlite3) and the locales
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    DATA_DIR=/data \
    METRICS_PORT=9464
WORKDIR /app
COPY --from=build --chown=root:root /app/package.json ./package.json
COPY --from=build --chown=root:root /app/node_modules ./node_modules
COPY --from=build --chown=root:root /app/dist ./dist
COPY --chown=root:root locales ./locales
# The data folder (SQLite file, generated encryption key) belongs to the unprivileged user.
RUN mkdir -p /data && chown node:node /data
VOLUME ["/data"]
USER node
# METRICS_PORT: /healthz and /metrics (in polling mode too). PORT (8080): the webhook server, BOT_MODE=webhook only.
EXPOSE 9464 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.METRICS_PORT||9464)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# SIGTERM (docker stop) finishes the updates in flight and the poller's cycle, then exits 0.
STOPSIGNAL SIGTERM
# The young generation's size (src/lib/heap.ts, NODE_FLAGS; the same flags as npm start and the tests).
CMD ["node", "--max-semi-space-size=8", "dist/main.js"]
