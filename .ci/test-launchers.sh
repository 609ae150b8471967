#!/usr/bin/env bash
# Tests the launchers as a user meets them; `mvn verify` runs it after the distribution is built.
# - the release tar.gz (and the zip's file list) unpacked into a temporary folder, run through an absolute and a
#   relative symbolic link, from another directory, with a file, with standard input, and --version;
# - the completion script and man pages it ships;
# - the clone's ./ofsted-extract through a symbolic link from another directory.
# Usage: .ci/test-launchers.sh VERSION
set -euo pipefail
version="${1:?usage: test-launchers.sh VERSION}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
passed=0
failed=0
check() {  # check NAME COMMAND...: the command must succeed
  local name="$1"
  shift
  if "$@" > "$tmp/out" 2> "$tmp/err"; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "launchers: FAILED: $name" >&2
    sed 's/^/  stdout: /' "$tmp/out" | head -5 >&2
    sed 's/^/  stderr: /' "$tmp/err" | head -5 >&2
  fi
}
contains() {  # contains TEXT: the last check's stdout holds TEXT
  grep -qF -- "$1" "$tmp/out"
}

home="$tmp/opt/ofsted-extract-$version"
mkdir -p "$tmp/opt" "$tmp/bin" "$tmp/elsewhere/deeper"
# tar and the JDK's jar are on every machine that builds this; unzip may not be
check "the tar.gz unpacks" tar -xzf "$root/target/ofsted-extract-$version.tar.gz" -C "$tmp/opt"
jar="${JAVA_HOME:+$JAVA_HOME/bin/}jar"
check "the zip has the same files" bash -c "diff <('$jar' tf '$root/target/ofsted-extract-$version.zip' | grep -v '/\$' | sort) \
  <(tar -tzf '$root/target/ofsted-extract-$version.tar.gz' | grep -v '/\$' | sort)"
if command -v unzip > /dev/null; then
  check "the zip keeps bin/ofsted-extract executable" bash -c "unzip -Z '$root/target/ofsted-extract-$version.zip' \
    'ofsted-extract-$version/bin/ofsted-extract' | grep -q '^-rwxr-xr-x'"
fi
for f in bin/ofsted-extract lib/ofsted-extract.jar share/bash-completion/completions/ofsted-extract \
    share/man/man1/ofsted-extract.1 share/man/man1/ofsted-extract-validate.1 README.md LICENSE CITATION.cff; do
  check "the release holds $f" test -s "$home/$f"
done
check "bin/ofsted-extract is executable" test -x "$home/bin/ofsted-extract"
ln -s "$home/bin/ofsted-extract" "$tmp/bin/ofsted-extract"
ln -s "../opt/ofsted-extract-$version/bin/ofsted-extract" "$tmp/bin/relative-link"
cp "$root/samples/cra-2010-york.txt" "$tmp/elsewhere/york.txt"

cd "$tmp/elsewhere/deeper"
check "--version through a link on PATH" env PATH="$tmp/bin:$PATH" ofsted-extract --version
contains "ofsted-extract $version" || { failed=$((failed + 1)); echo "launchers: FAILED: --version says $(cat "$tmp/out")" >&2; }
check "a report through a relative link, from another directory" "$tmp/bin/relative-link" ../york.txt
contains '"laCode" : "816"' || { failed=$((failed + 1)); echo "launchers: FAILED: no York report" >&2; }
check "standard input when no file is named" bash -c "'$tmp/bin/ofsted-extract' --table grades < ../york.txt"
contains "file,type,provider" || { failed=$((failed + 1)); echo "launchers: FAILED: no CSV from stdin" >&2; }
# the first run made both class-data archives (or left the marker of a JVM that cannot), and a report through the
# report's archive prints what it prints with none
for a in ofsted-extract.jsa ofsted-extract-report.jsa; do
  check "the first run made lib/$a" bash -c "test -s '$home/lib/$a' || test -f '$home/lib/$a.none'"
done
check "a report with the report's archive is the report without archives" bash -c "diff \
  <('$tmp/bin/ofsted-extract' --no-keywords ../york.txt) <(OFSTED_EXTRACT_NO_CDS=1 '$tmp/bin/ofsted-extract' --no-keywords ../york.txt)"
# archives older than the JDK (an update replaced lib/modules, or `java -Xshare:dump` rewrote its archive) are remade,
# not silently refused: a JDK home whose lib/modules is newer than the archives, the real JDK's java through a link
real_java="$(readlink -f "$(command -v "${JAVA_HOME:+$JAVA_HOME/bin/}java")")"
mkdir -p "$tmp/jdk/bin" "$tmp/jdk/lib"
ln -s "$real_java" "$tmp/jdk/bin/java"
touch -d '2 hours ago' "$home/lib/ofsted-extract.jar"
for a in "$home"/lib/*.jsa "$home"/lib/*.jsa.none; do [ -e "$a" ] && touch -d '1 hour ago' "$a"; done
touch "$tmp/jdk/lib/modules"
check "a report after a JDK update" env JAVA_HOME="$tmp/jdk" "$tmp/bin/ofsted-extract" --no-keywords ../york.txt
grep -q 'preparing class-data archives' "$tmp/err" || { failed=$((failed + 1)); echo "launchers: FAILED: archives older than the JDK were not remade" >&2; }
for a in ofsted-extract.jsa ofsted-extract-report.jsa; do
  check "lib/$a remade after the JDK update" bash -c "test '$home/lib/$a' -nt '$tmp/jdk/lib/modules' || test '$home/lib/$a.none' -nt '$tmp/jdk/lib/modules'"
done
check "a second run after the JDK update does not remake them" env JAVA_HOME="$tmp/jdk" "$tmp/bin/ofsted-extract" --version
! grep -q 'preparing' "$tmp/err" || { failed=$((failed + 1)); echo "launchers: FAILED: archives remade twice" >&2; }
check "the completion script loads in bash" bash -c "source '$home/share/bash-completion/completions/ofsted-extract' && complete -p ofsted-extract"
check "the man page is troff" grep -q '^\.TH "OFSTED' "$home/share/man/man1/ofsted-extract.1"

# the clone's launcher, through a link (it used to fail with "no POM" there); run in a copy of the
# clone's layout, so that it can never start a build of its own inside the build that runs this script
clone="$tmp/clone"
mkdir -p "$clone/target" "$clone/src/main"
cp "$root/ofsted-extract" "$root/pom.xml" "$clone/"
cp "$root/target/ofsted-extract.jar" "$clone/target/"
ln -s "$clone/ofsted-extract" "$tmp/bin/clone-launcher"
check "the clone's ./ofsted-extract through a link" "$tmp/bin/clone-launcher" --version
contains "ofsted-extract $version" || { failed=$((failed + 1)); echo "launchers: FAILED: clone launcher" >&2; }

# the outputs the build stores in the jar (cli/Prerendered) are what the jar computes without them
built="$root/target/ofsted-extract.jar"
for f in help.txt codebook.json; do
  check "the jar stores prerendered/$f" bash -c "'$jar' tf '$built' | grep -qx 'prerendered/$f'"
done
for args in --help -h codebook; do
  check "stored output of '$args' is what the jar computes" bash -c "diff <(java -jar '$built' $args) \
    <(java -Dofsted-extract.prerendered=false -jar '$built' $args)"
done

if [ "$failed" -eq 0 ]; then
  echo "launchers: all $passed checks passed"
else
  echo "launchers: $failed of $((passed + failed)) checks failed" >&2
  exit 1
fi
