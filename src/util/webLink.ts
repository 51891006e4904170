/** Only http(s) and mailto links ever leave VS Code (through openExternal); anything else an article or feed names is refused. */
export function isWebLink(href: string | undefined): href is string {
  if (!href) return false;
  try {
    return ['http:', 'https:', 'mailto:'].includes(new URL(href).protocol);
  } catch {
    return false;
  }
}
