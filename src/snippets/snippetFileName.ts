import type { Snippet } from '../core/model';

// Fallback until the core's suggestFileName lands: `snippet-N.<ext>` with N counted from 1.

const extensions: Record<string, string> = {
  javascript: 'js', js: 'js', jsx: 'jsx', typescript: 'ts', ts: 'ts', tsx: 'tsx', python: 'py', py: 'py', ruby: 'rb', rb: 'rb',
  go: 'go', golang: 'go', rust: 'rs', rs: 'rs', java: 'java', kotlin: 'kt', c: 'c', cpp: 'cpp', 'c++': 'cpp', csharp: 'cs', cs: 'cs',
  php: 'php', swift: 'swift', bash: 'sh', sh: 'sh', shell: 'sh', shellscript: 'sh', zsh: 'sh', console: 'sh', powershell: 'ps1',
  json: 'json', yaml: 'yaml', yml: 'yaml', toml: 'toml', xml: 'xml', html: 'html', css: 'css', scss: 'scss', sql: 'sql',
  markdown: 'md', md: 'md', dockerfile: 'Dockerfile', docker: 'Dockerfile',
};

export function snippetFileName(_markdown: string, snippet: Pick<Snippet, 'index' | 'lang'>): string {
  const extension = extensions[snippet.lang.trim().toLowerCase()] ?? 'txt';
  return `snippet-${snippet.index + 1}.${extension}`;
}
