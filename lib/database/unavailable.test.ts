import { isDatabaseUnavailable } from './unavailable';

describe('isDatabaseUnavailable', () => {
  it('recognises an outage however Prisma, its pg adapter or pg report it', () => {
    const prismaUnreachable = Object.assign(new Error("Can't reach database server at 127.0.0.1:5432"), {
      code: 'P1001',
      meta: { driverAdapterError: { name: 'DriverAdapterError', cause: { kind: 'DatabaseNotReachable', host: '127.0.0.1', port: 5432 } } },
    });
    const rawQueryFailed = Object.assign(new Error('Raw query failed.'), {
      code: 'P2010',
      meta: { driverAdapterError: { cause: { kind: 'ConnectionClosed' } } },
    });
    for (const error of [
      prismaUnreachable,
      rawQueryFailed,
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }),
      new Error('Connection terminated unexpectedly'),
      { kind: 'postgres', code: '57P01', message: 'terminating connection due to administrator command' },
      new Error('wrapped', { cause: { code: '57P03' } }),
    ]) {
      expect(isDatabaseUnavailable(error)).toBe(true);
    }
  });

  it('leaves a wrong query to be the bug it is', () => {
    for (const error of [
      Object.assign(new Error('invalid byte sequence for encoding "UTF8": 0x00'), { code: 'P2039', meta: { driverAdapterError: { cause: { kind: 'postgres', code: '22021' } } } }),
      Object.assign(new Error('Unique constraint failed'), { code: 'P2002' }),
      new TypeError('x is undefined'),
      null,
      'text',
    ]) {
      expect(isDatabaseUnavailable(error)).toBe(false);
    }
  });
});
