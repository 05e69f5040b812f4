// Commands of the scale stage (filled by that stage).
import type { Command } from 'commander';

export function registerScaleCommands(program: Command): void {
  void program;
}
