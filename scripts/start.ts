import { run } from './cli';
import { serve } from './serve';

run(() => serve('start', { skipBuild: process.argv.includes('--no-build') }));
