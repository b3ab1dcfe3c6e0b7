#!/usr/bin/env bash
#
# Regenerate the EF Core compiled model: ./scripts/ef-compiled-model.sh
#
# The service loads its EF Core model from src/Infrastructure/Persistence/CompiledModel instead of
# building it from the configurations at every start (docs/adr/0016-start-up.md). Run this after any
# change to the model (an entity, a configuration, a migration's model change) and commit the result
# with the change; CompiledModelTests fails while the committed model differs from the one the
# configurations describe.
#
# The old model is deleted first: after a model change it may no longer compile, and without it the
# design-time build falls back to building the model from the configurations, as it should.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

OUT=src/Infrastructure/Persistence/CompiledModel
dotnet tool restore >/dev/null
rm -rf -- "$OUT"
dotnet ef dbcontext optimize \
  --project src/Infrastructure --startup-project src/Infrastructure \
  --output-dir Persistence/CompiledModel --namespace Jipp.Infrastructure.Persistence.CompiledModel
echo "Regenerated $OUT; commit it with the model change."
