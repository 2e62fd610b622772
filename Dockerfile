# The newsflow image: one jar, three services (ingest, enrich, sink) chosen by the command.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN mvn -q -B -DskipTests package

FROM eclipse-temurin:17-jre
WORKDIR /app
COPY --from=build /src/launcher/target/newsflow.jar /app/newsflow.jar
COPY config /app/config
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
ENTRYPOINT ["java", "-jar", "/app/newsflow.jar"]
CMD ["--help"]
