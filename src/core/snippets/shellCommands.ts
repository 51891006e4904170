// Recognises blocks of shell commands (`docker compose up -d`, `cd app && npm i`): one-liners too short for the model to
// tell from any other language, and the commonest kind of block in tutorials.

/** Command-line tools tutorials tell readers to run. A line starting with one of these (then a space or its end) is a command. */
const knownCommands = new Set([
  // shell built-ins and coreutils
  'cd', 'ls', 'cat', 'echo', 'printf', 'export', 'source', 'mkdir', 'rm', 'rmdir', 'cp', 'mv', 'touch', 'chmod', 'chown',
  'ln', 'pwd', 'which', 'grep', 'find', 'sed', 'awk', 'head', 'tail', 'tar', 'unzip', 'zip', 'gzip', 'curl', 'wget', 'ssh',
  'scp', 'rsync', 'sudo', 'su', 'env', 'set', 'unset', 'alias', 'kill', 'ps', 'top', 'htop', 'df', 'du', 'free', 'xargs',
  'nano', 'vim', 'vi', 'code', 'open', 'xdg-open', 'tee', 'sort', 'uniq', 'wc', 'diff', 'dig', 'nslookup', 'ping',
  'openssl', 'base64', 'jq', 'time', 'watch', 'nohup', 'systemctl', 'journalctl', 'service', 'adduser', 'useradd',
  'usermod', 'crontab', 'ufw', 'iptables', 'apt', 'apt-get', 'yum', 'dnf', 'apk', 'brew', 'snap', 'choco', 'winget',
  'make', 'cmake', 'nvidia-smi', 'lsof', 'netstat', 'ss',
  // language toolchains and package managers
  'npm', 'npx', 'yarn', 'pnpm', 'bun', 'deno', 'node', 'nvm', 'tsc', 'pip', 'pip3', 'pipx', 'python', 'python3', 'py',
  'poetry', 'uv', 'conda', 'virtualenv', 'pytest', 'uvicorn', 'gunicorn', 'flask', 'django-admin', 'go', 'cargo',
  'rustup', 'rustc', 'gem', 'bundle', 'rails', 'rake', 'ruby', 'java', 'javac', 'mvn', 'gradle', './gradlew', './mvnw',
  'dotnet', 'flutter', 'composer', 'php', 'swift', 'expo', 'ng', 'vite', 'next', 'vercel', 'netlify', 'firebase',
  'supabase', 'prisma',
  // version control, containers, cloud
  'git', 'gh', 'docker', 'docker-compose', 'podman', 'kubectl', 'minikube', 'kind', 'helm', 'k9s', 'eksctl', 'terraform',
  'ansible', 'ansible-playbook', 'vagrant', 'aws', 'gcloud', 'gsutil', 'az', 'doctl', 'fly', 'flyctl', 'heroku',
  'dvc', 'mlflow', 'ollama', 'redis-cli', 'psql', 'mysql', 'mongosh', 'sqlite3',
]);

/**
 * The block's logical lines: `#` comments dropped (their apostrophes are not quotes), quoted arguments emptied
 * (a JSON body may span lines), `\`-continued lines joined, blank lines dropped.
 */
function logicalLines(code: string): string[] {
  const uncommented = code.split(/\r?\n/).filter((line) => !/^\s*#/.test(line)).join('\n');
  const joined = uncommented.replace(/'[^']*'|"(?:[^"\\]|\\.)*"/g, "''").replace(/\\\r?\n/g, ' ');
  return joined.split('\n').map((line) => line.trim()).filter((line) => line !== '');
}

/** True when the line runs a known command, possibly after `sudo` or `VAR=value` assignments, or a local script (`./run.sh`). */
export function isCommandLine(line: string): boolean {
  const words = line.trim().split(/\s+/);
  let index = 0;
  while (index < words.length - 1 && (words[index] === 'sudo' || /^[A-Za-z_][A-Za-z0-9_]*=\S*$/.test(words[index]))) index++;
  const command = words[index];
  if (command === undefined) return false;
  // `export NAME=value` is shell; `export const x` is JavaScript.
  if (command === 'export') return /^[A-Za-z_]\w*=|^[A-Z_][A-Z0-9_]*$/.test(words[index + 1] ?? '');
  return knownCommands.has(command) || /^\.{1,2}\/[\w./-]+$/.test(command);
}

/**
 * True when the block is shell commands: its first logical line is a command, and at least three quarters
 * of them are (the rest being output or arguments the author split oddly).
 */
export function looksLikeShellCommands(code: string): boolean {
  const lines = logicalLines(code);
  if (lines.length === 0 || !isCommandLine(lines[0])) return false;
  const commands = lines.filter(isCommandLine).length;
  return commands / lines.length >= 0.75;
}
