# syntax=docker/dockerfile:1.7
# The portal's production image: the backend, serving the built frontend, on Node 24 slim as a
# non-root user with production dependencies only. Build from the repository root:
#   docker build -t developer-portal:1.0.0 .
# docs/operations/image.md explains the stages and what TechDocs needs.

ARG NODE_IMAGE=node:24.11-bookworm-slim

# 1. The monorepo's package.json files only, so dependency layers are cached until one changes.
FROM ${NODE_IMAGE} AS skeleton
WORKDIR /app
COPY packages packages
COPY plugins plugins
RUN find packages plugins -mindepth 2 -maxdepth 2 \! -name package.json -exec rm -rf {} \+

# 2. Compilers for native modules, Yarn, and the files every install reads.
FROM ${NODE_IMAGE} AS toolchain
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 g++ make git ca-certificates \
 && rm -rf /var/lib/apt/lists/*
USER node
WORKDIR /app
COPY --chown=node:node .yarn ./.yarn
COPY --chown=node:node .yarnrc.yml package.json yarn.lock backstage.json ./
# Named in the root package.json's resolutions.
COPY --chown=node:node scripts/no-gpu-build ./scripts/no-gpu-build

# 3. Everything installed and built: type check, the frontend, the backend bundle.
FROM toolchain AS build
COPY --from=skeleton --chown=node:node /app ./
RUN --mount=type=cache,target=/home/node/.cache/yarn,sharing=locked,uid=1000,gid=1000 \
    yarn install --immutable
COPY --chown=node:node . .
RUN yarn tsc \
 && yarn workspace app build \
 && yarn workspace backend build

# 4. Production dependencies of the bundle, with native modules built for this Node.
FROM toolchain AS production-dependencies
COPY --from=build --chown=node:node /app/packages/backend/dist/skeleton.tar.gz ./
RUN tar xzf skeleton.tar.gz && rm skeleton.tar.gz
RUN --mount=type=cache,target=/home/node/.cache/yarn,sharing=locked,uid=1000,gid=1000 \
    yarn workspaces focus --all --production

# 5. What runs: no compilers, no dev dependencies, no source.
FROM ${NODE_IMAGE}
# TechDocs builds documentation in the backend (techdocs.generator.runIn: local) with MkDocs and
# the Material theme from Debian, inside a bubblewrap sandbox. tini forwards SIGTERM, so the
# backend drains before it exits.
RUN apt-get update \
 && apt-get install -y --no-install-recommends mkdocs mkdocs-material bubblewrap tini ca-certificates \
 && rm -rf /var/lib/apt/lists/*
# RDS presents certificates of Amazon's RDS CA; Node trusts them through this bundle.
ADD --chmod=644 https://truststore.pki.rds.amazonaws.com/global/global-bundle.pem /etc/ssl/certs/rds-global-bundle.pem
ENV NODE_ENV=production \
    NODE_EXTRA_CA_CERTS=/etc/ssl/certs/rds-global-bundle.pem
WORKDIR /app
COPY --from=production-dependencies --chown=root:root /app ./
COPY --from=build --chown=root:root /app/packages/backend/dist/bundle.tar.gz ./
RUN tar xzf bundle.tar.gz && rm bundle.tar.gz
# Read by app-config.production.yaml: the portal's own entity and docs, the golden paths and the
# self-service actions.
COPY --chown=root:root app-config.yaml app-config.production.yaml catalog-info.yaml catalog-apis.yaml mkdocs.yml ./
COPY --chown=root:root docs ./docs
COPY --chown=root:root templates ./templates
COPY --chown=root:root self-service ./self-service
# OpenTelemetry, required before the backend (docs/operations/metrics.md).
COPY --chown=root:root packages/backend/src/instrumentation.js ./
# Files belong to root and are read-only to the process; it runs as node (uid 1000).
USER node
EXPOSE 7007 9464
ENTRYPOINT ["/usr/bin/tini", "--"]
CMD ["node", "--require", "./instrumentation.js", "packages/backend", "--config", "app-config.yaml", "--config", "app-config.production.yaml"]
