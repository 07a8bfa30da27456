// What the host has to tell the agent about the machine itself (a damaged
// database set aside, a clock that jumped): French lines, each said once per
// launch, on the terminal (or journal) and in the station's window.

export class HostNotices {
  private readonly lines = new Map<string, string>();

  constructor(private readonly log: (line: string) => void = (line) => console.error(line)) {}

  /** Adds a line unless the same event (`key`, the line itself by default) was already told during this launch. */
  add(line: string, key = line): void {
    if (this.lines.has(key)) return;
    this.lines.set(key, line);
    this.log(line);
  }

  list(): string[] {
    return [...this.lines.values()];
  }
}
