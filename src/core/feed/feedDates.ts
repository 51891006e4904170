// Feed dates as ISO 8601 strings. Real feeds write RFC 822 dates loosely (wrong weekdays, 'Sept', two-digit years,
// zone names) or ISO 8601 with a space; Date.parse is engine-specific and reads zone-less times as local time, so
// both forms are matched explicitly and anything else gives undefined.

const monthIndexByPrefix: Record<string, number> = {
  jan: 0, feb: 1, mar: 2, apr: 3, may: 4, jun: 5, jul: 6, aug: 7, sep: 8, oct: 9, nov: 10, dec: 11,
};

/** Offsets in minutes east of UTC for the zone names feeds use. */
const zoneOffsetMinutes: Record<string, number> = {
  z: 0, ut: 0, utc: 0, gmt: 0, wet: 0,
  edt: -240, est: -300, cdt: -300, cst: -360, mdt: -360, mst: -420, pdt: -420, pst: -480,
  adt: -180, ast: -240, akdt: -480, akst: -540, hst: -600,
  bst: 60, cet: 60, met: 60, cest: 120, mest: 120, eet: 120, eest: 180, ist: 330, jst: 540,
  aest: 600, aedt: 660,
};

// RFC 822 military zones, with its signs (A = -1 … M = -12, N = +1 … Y = +12) as feed parsers conventionally read them.
for (const [letters, sign] of [['abcdefghiklm', -1], ['nopqrstuvwxy', 1]] as const) {
  [...letters].forEach((letter, i) => { zoneOffsetMinutes[letter] = sign * (i + 1) * 60; });
}

const time = String.raw`(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?`;
const zone = String.raw`([+-]\d{1,2}(?::?\d{2})?|[a-z]{1,5}(?:\s*[+-]\d{1,2}(?::?\d{2})?)?)`;

/** `2026-05-13T03:11:55.410Z`, `2026-05-13 03:11:55 +0000`, `2026-05-13`. */
const isoPattern = new RegExp(
  String.raw`^(\d{4})-(\d{1,2})-(\d{1,2})(?:[t\s]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?\s*${zone}?)?$`, 'i');

/** `Mon, 25 May 2026 16:37:37 +0000`, `5 Sept 26 9:05 EST`, `Tuesday, 1-June-2026 10:00:00 GMT`. */
const rfc822Pattern = new RegExp(
  String.raw`^(?:[a-z]+\.?,?\s+)?(\d{1,2})[\s-]+([a-z]+)\.?,?[\s-]+(\d{2}|\d{4}),?(?:\s+${time})?(?:\s*${zone})?$`, 'i');

/** `Mon May 25 2026 16:37:37 GMT+0000`, `May 25, 2026 4:37 PM`: month first, as JavaScript and some CMSs write it. */
const monthFirstPattern = new RegExp(
  String.raw`^(?:[a-z]+\.?,?\s+)?([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4}),?(?:\s+${time}(?:\s*([ap]m))?)?(?:\s*${zone})?$`, 'i');

/** Parses a feed date into an ISO 8601 string (UTC); undefined when it cannot be read. Never throws. */
export function parseFeedDate(text: string | undefined): string | undefined {
  if (typeof text !== 'string') return undefined;
  // Drop a trailing "(Coordinated Universal Time)" and collapse the whitespace feeds pad dates with.
  const s = text.replace(/\([^)]*\)\s*$/, '').replace(/\s+/g, ' ').trim();
  if (s.length === 0 || s.length > 80) return undefined;

  let m = isoPattern.exec(s);
  if (m) {
    const millis = m[7] ? Number(m[7].slice(0, 3).padEnd(3, '0')) : 0;
    return build(Number(m[1]), Number(m[2]) - 1, Number(m[3]), m[4], m[5], m[6], m[8], millis);
  }
  m = rfc822Pattern.exec(s);
  if (m) {
    return build(fullYear(m[3]), monthIndex(m[2]), Number(m[1]), m[4], m[5], m[6], m[7]);
  }
  m = monthFirstPattern.exec(s);
  if (m) {
    const hour = m[4] === undefined ? undefined : String(twelveHourClock(Number(m[4]), m[7]));
    return build(Number(m[3]), monthIndex(m[1]), Number(m[2]), hour, m[5], m[6], m[8]);
  }
  return undefined;
}

function build(year: number, month: number, day: number, hour: string | undefined, minute: string | undefined,
  second: string | undefined, zoneText: string | undefined, millis = 0): string | undefined {
  const h = Number(hour ?? 0);
  const min = Number(minute ?? 0);
  // A leap second (":60") is kept as the last second of the minute rather than rolling over.
  const sec = Math.min(Number(second ?? 0), 59);
  const offset = zoneText === undefined ? 0 : zoneOffset(zoneText);
  if (offset === undefined || month < 0 || month > 11 || year < 1000 || year > 9999) return undefined;
  if (day < 1 || day > 31 || h > 24 || min > 59 || (h === 24 && (min > 0 || sec > 0))) return undefined;
  const utc = Date.UTC(year, month, day, h, min, sec, millis);
  // Date.UTC silently rolls 31 June over to 1 July; such a date is broken, not July.
  if (new Date(Date.UTC(year, month, day)).getUTCDate() !== day) return undefined;
  return new Date(utc - offset * 60_000).toISOString();
}

function monthIndex(name: string): number {
  const index = monthIndexByPrefix[name.slice(0, 3).toLowerCase()];
  return index === undefined ? -1 : index;
}

/** RFC 2822's rule for two-digit years: 00–49 are 2000s, 50–99 are 1900s. */
function fullYear(text: string): number {
  const year = Number(text);
  if (text.length === 4) return year;
  return year < 50 ? 2000 + year : 1900 + year;
}

function twelveHourClock(hour: number, meridiem: string | undefined): number {
  if (!meridiem) return hour;
  const pm = meridiem.toLowerCase() === 'pm';
  return (hour % 12) + (pm ? 12 : 0);
}

/** Minutes east of UTC for `+0200`, `-05:00`, `+05`, `GMT+2`, `EST`, `Z`; undefined when unrecognizable. */
function zoneOffset(text: string): number | undefined {
  const m = /^([a-z]*)\s*(?:([+-])(\d{1,2})(?::?(\d{2}))?)?$/i.exec(text);
  if (!m) return undefined;
  const [, name, sign, hours, minutes] = m;
  let offset = 0;
  if (name) {
    const named = zoneOffsetMinutes[name.toLowerCase()];
    // An unknown zone name still leaves a usable date; reading it as UTC is off by hours at most.
    if (named !== undefined) offset = named;
  }
  if (sign) {
    const value = Number(hours) * 60 + Number(minutes ?? 0);
    if (Number(hours) > 14 || Number(minutes ?? 0) > 59) return undefined;
    offset += sign === '-' ? -value : value;
  }
  return offset;
}
