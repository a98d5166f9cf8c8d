import { run } from './cli';
import { serve } from './serve';

run(() => serve('dev'));
