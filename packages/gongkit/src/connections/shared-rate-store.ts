// The rate governor's store on Postgres: every process using one Gong tenant reserves its slots from the
// same row, under a row lock, so together they keep to 3 requests/s and one daily budget. Time is the
// database's clock, so processes on machines whose clocks differ still agree on the pace.
import {
  type RatePolicy,
  type RateStore,
  type Reservation,
  reserveSlot,
} from "@gongkit/client/internal/client/rate-store.js";
import type { Db } from "../store/db.js";

interface PaceRow {
  recent_ms: string[];
  day: number;
  used: number;
  now_ms: string;
}

export function postgresRateStore(db: Db): RateStore {
  return {
    reserve(tenant: string, now: number, policy: RatePolicy, expectedDelayMs = 0): Promise<Reservation> {
      return db.transaction(async (tx) => {
        await tx.query("insert into rate_limits (tenant) values ($1) on conflict (tenant) do nothing", [
          tenant,
        ]);
        const [row] = await tx.query<PaceRow>(
          `select recent_ms, day, used, (extract(epoch from clock_timestamp()) * 1000)::bigint as now_ms
           from rate_limits where tenant = $1 for update`,
          [tenant],
        );
        if (!row) throw new Error(`rate_limits row for ${tenant} vanished`);
        const dbNow = Number(row.now_ms);
        const state = { recent: row.recent_ms.map(Number), day: row.day, used: row.used };
        const { reservation, next } = reserveSlot(state, dbNow, policy, expectedDelayMs);
        await tx.query("update rate_limits set recent_ms = $2, day = $3, used = $4 where tenant = $1", [
          tenant,
          next.recent.map(Math.round),
          next.day,
          next.used,
        ]);
        // The budget resets at the database's midnight; say when that is on the caller's clock.
        return reservation.granted || !reservation.exhausted
          ? reservation
          : { ...reservation, resetAt: now + (reservation.resetAt - dbNow) };
      });
    },
  };
}
