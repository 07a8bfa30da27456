// What the host has to tell the agent about the machine itself (a damaged
// database set aside, a clock that jumped): French lines, each said once per
// launch, on the terminal (or journal) and in the station's window.

export class HostNotices {
  private readonly lines: string[] = [];

  constructor(private readonly log: (line: string) => void = (line) => console.error(line)) {}

  /** Adds a line unless it was already said during this launch. */
  add(line: string): void {
    if (this.lines.includes(line)) return;
    this.lines.push(line);
    this.log(line);
  }

  list(): string[] {
    return [...this.lines];
  }
}
