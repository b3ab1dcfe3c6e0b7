# syntax=docker/dockerfile:1
# Jipp API image: docker build -t jipp-api .   (or: docker compose up --build)

# Project files only, in their folders (new projects need no Dockerfile edit).
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS projects
WORKDIR /src
COPY src/ src/
RUN find src -type f ! -name '*.csproj' -delete && find src -type d -empty -delete

# The public page at / (docs/adr/0029-public-page.md): its npm packages from the lock file, bundled by esbuild.
FROM node:20-bookworm-slim AS web
WORKDIR /web
COPY web/package.json web/package-lock.json ./
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY web/ ./
RUN npm run build

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src

# Restore first, from the build/package files only, so that the restore layer
# stays cached until a project or package version changes (COPY --from is
# cached by content). The [x] globs make optional files optional: a COPY source
# matching nothing is skipped as long as another source matches.
COPY Jipp.sln global.jso[n] Directory.Build.prop[s] Directory.Packages.prop[s] .editorconfi[g] NuGet.confi[g] nuget.confi[g] ./
COPY --from=projects /src/src/ src/
RUN dotnet restore src/Api/Jipp.Api.csproj

COPY src/ src/
# The service's build copies web/dist beside it as page/.
COPY --from=web /web/dist/ web/dist/
RUN dotnet publish src/Api/Jipp.Api.csproj -c Release -o /app --no-restore /p:UseAppHost=false

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS final
WORKDIR /app
COPY --from=build /app ./
# Non-root user defined by the official .NET images (uid 1654).
USER $APP_UID
EXPOSE 8080
ENTRYPOINT ["dotnet", "Jipp.Api.dll"]
