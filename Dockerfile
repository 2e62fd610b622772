# The newsflow image: one jar, three services (ingest, enrich, sink) chosen by the command.
# Build: docker compose build (or docker build -t newsflow .). Images are pinned; DockerfileTest checks that the
# POMs copied below are every module of the build, that the ports agree with the services' defaults, and that
# the runtime user is not root.

# ---- build stage -------------------------------------------------------------------------------------------
FROM maven:3.9.11-eclipse-temurin-17 AS build
WORKDIR /src
# Dependency layer: the POMs alone, so that a change to the sources reuses the downloaded dependencies and plugins.
# (maven-dependency-plugin 3.9.0, pinned in the parent POM, skips the reactor's own modules in go-offline.)
COPY pom.xml ./
COPY common/pom.xml common/
COPY embedded/pom.xml embedded/
COPY ingest/pom.xml ingest/
COPY enrich/pom.xml enrich/
COPY sink/pom.xml sink/
COPY launcher/pom.xml launcher/
COPY system-tests/pom.xml system-tests/
RUN mvn -B -q dependency:go-offline
# Sources layer: tests run in CI (.ci/run), not in the image build.
COPY common/src common/src
COPY embedded/src embedded/src
COPY ingest/src ingest/src
COPY enrich/src enrich/src
COPY sink/src sink/src
COPY launcher/src launcher/src
RUN mvn -B -q -Dmaven.test.skip=true package

# ---- runtime stage -----------------------------------------------------------------------------------------
FROM eclipse-temurin:17.0.19_10-jre-noble
# curl answers the compose healthchecks (GET /health; -f turns a 503 into a failure).
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/*
# A fixed non-root user; the directories it writes exist in the image with its ownership, so that a named volume
# mounted there starts with that ownership (Docker copies it into an empty volume).
RUN groupadd --system --gid 10001 newsflow \
    && useradd --system --uid 10001 --gid newsflow --home-dir /app --no-create-home --shell /usr/sbin/nologin newsflow \
    && mkdir -p /app/config /var/lib/newsflow/streams \
    && chown -R newsflow:newsflow /var/lib/newsflow
WORKDIR /app
COPY --from=build /src/launcher/target/newsflow.jar /app/newsflow.jar
# The sources file is mounted at run time (docker-compose.yml mounts ./config here), never baked in; the Streams
# state directory gets a named volume in docker-compose.yml.
# HTTP /metrics and /health: ingest.http.port, enrich.http.port, sink.http.port (docs/configuration.md).
EXPOSE 9401 9402 9403
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
USER newsflow:newsflow
ENTRYPOINT ["java", "-jar", "/app/newsflow.jar"]
CMD ["--help"]
