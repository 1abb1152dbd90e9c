# The annotator as a container (docs/container.md). One image runs the HTTP service (the default) and
# the batch tool:
#   docker build -t quote-annotator .                    native executable (default target)
#   docker build --target jvm -t quote-annotator:jvm .   JVM, where a native build is not possible
#   docker run -p 8080:8080 quote-annotator
#   docker run -i quote-annotator annotate - < requests.ndjson > annotations.ndjson
#   docker run -v "$PWD/articles:/articles:ro" quote-annotator annotate /articles
# Editors' word lists: mount a folder over /annotator/dictionaries (files there replace the packaged
# lists of the same name), or point ANNOTATOR_DICTIONARIES at another mounted folder.
# bin/container-check builds and checks the jvm target with podman on machines without Docker.

## jvm target ----------------------------------------------------------------------------------------
FROM docker.io/library/maven:3.9-eclipse-temurin-17 AS jvm-build
WORKDIR /build
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
# every module's pom (Maven reads the whole reactor), the sources of the two the service is built from
COPY core/pom.xml core/
COPY service/pom.xml service/
COPY spark/pom.xml spark/
COPY dictionaries/ dictionaries/
COPY core/src/main/ core/src/main/
COPY service/src/main/ service/src/main/
# The Maven repository is a build cache, so a rebuild after a source change downloads nothing.
# MAVEN_USER_HOME and MAVEN_ARGS let bin/container-check build from a mounted repository, offline.
ARG MAVEN_USER_HOME=/root/.m2
ARG MAVEN_ARGS=""
RUN --mount=type=cache,target=/root/.m2 \
    ./mvnw -B -q package -DskipTests -pl service -am -Dmaven.repo.local="$MAVEN_USER_HOME/repository"

FROM docker.io/library/eclipse-temurin:17-jre AS jvm
WORKDIR /annotator
COPY --from=jvm-build --chown=1001:0 /build/service/target/quarkus-app/ quarkus-app/
COPY --chown=1001:0 dictionaries/ dictionaries/
# The service's JVM options (a 192 MB heap among them: README, "Service memory"); JAVA_OPTS comes after
# them and overrides, e.g. JAVA_OPTS=-Xmx3g for annotator.languages=all.
COPY --chown=1001:0 service/jvm.options jvm.options
# MALLOC_ARENA_MAX: two glibc arenas instead of one a thread keep resident memory bounded (README, "Performance")
ENV ANNOTATOR_DICTIONARIES=/annotator/dictionaries \
    QUARKUS_HTTP_HOST=0.0.0.0 \
    MALLOC_ARENA_MAX=2 \
    JAVA_OPTS=""
EXPOSE 8080
USER 1001
# java runs as PID 1 (exec), so SIGTERM reaches Quarkus, which finishes the requests in flight
ENTRYPOINT ["/bin/sh", "-c", "exec java @/annotator/jvm.options $JAVA_OPTS -jar /annotator/quarkus-app/quarkus-run.jar \"$@\"", "annotator"]

## native target (default) ---------------------------------------------------------------------------
# Mandrel matching Quarkus 3.33's default builder image; the build needs about 6 GB of memory.
FROM quay.io/quarkus/ubi9-quarkus-mandrel-builder-image:jdk-25 AS native-build
USER root
WORKDIR /build
COPY --chown=quarkus:quarkus .mvn/ .mvn/
COPY --chown=quarkus:quarkus mvnw pom.xml ./
COPY --chown=quarkus:quarkus core/pom.xml core/
COPY --chown=quarkus:quarkus service/pom.xml service/
COPY --chown=quarkus:quarkus spark/pom.xml spark/
COPY --chown=quarkus:quarkus dictionaries/ dictionaries/
COPY --chown=quarkus:quarkus core/src/main/ core/src/main/
COPY --chown=quarkus:quarkus service/src/main/ service/src/main/
RUN chown -R quarkus:quarkus /build
USER quarkus
RUN ./mvnw -B package -Dnative -DskipTests -pl service -am

FROM quay.io/quarkus/ubi9-quarkus-micro-image:2.0 AS native
WORKDIR /annotator
COPY --from=native-build --chown=1001:0 --chmod=0755 /build/service/target/*-runner /annotator/annotator
COPY --chown=1001:0 dictionaries/ dictionaries/
ENV ANNOTATOR_DICTIONARIES=/annotator/dictionaries \
    QUARKUS_HTTP_HOST=0.0.0.0 \
    MALLOC_ARENA_MAX=2
EXPOSE 8080
USER 1001
ENTRYPOINT ["/annotator/annotator"]
