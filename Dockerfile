# GraphExplorer API image: `docker build -t graphexplorer-api .`
# Serves /graphql on port 8080; `docker run … graphexplorer-api seed` applies cypher/ to Neo4j and exits.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
# The API's build bundles the pages (frontend/) with Node.js.
RUN apt-get update && apt-get install -y --no-install-recommends nodejs npm && rm -rf /var/lib/apt/lists/*
WORKDIR /source
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/ src/
# The API project copies cypher/*.cypher beside the program (see its csproj).
COPY cypher/ cypher/
COPY frontend/ frontend/
COPY README.md ./
RUN dotnet restore src/GraphExplorer.Api/GraphExplorer.Api.csproj
RUN dotnet publish src/GraphExplorer.Api/GraphExplorer.Api.csproj \
        --configuration Release --no-restore --output /app/publish /p:UseAppHost=false

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app/publish ./
COPY cypher/ ./cypher/
ENV ASPNETCORE_HTTP_PORTS=8080 \
    GraphExplorer__SeedDirectory=/app/cypher
EXPOSE 8080
# The aspnet image ships a non-root `app` user whose id is in APP_UID.
USER $APP_UID
ENTRYPOINT ["dotnet", "GraphExplorer.Api.dll"]
