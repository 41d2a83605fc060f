#!/usr/bin/env bash
# Packs ArticleRecords under a version no cache has seen, then runs the sample against it,
# exactly as a user's project consumes the package from a feed.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
version="0.1.0-local.$(date -u +%Y%m%d%H%M%S)"

dotnet pack "$root/src/ArticleRecords.Generator/ArticleRecords.Generator.csproj" -c Release -o "$root/artifacts/packages" \
  -p:PackageVersion="$version" --nologo -v quiet
rm -rf "$root/artifacts/sample-packages/articlerecords"
dotnet run --project "$root/sample/ArticleRecords.Sample" -c Release -p:ArticleRecordsVersion="$version"
