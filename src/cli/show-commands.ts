// Commands of the show stage (filled by that stage).
import type { Command } from 'commander';

export function registerShowCommands(program: Command): void {
  void program;
}
