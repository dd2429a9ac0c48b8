// operation_data's rollup: each day's hours per canal summed over the
// campaigns (a few dozen rows a day instead of one per campaign and hour).
import type postgres from 'postgres';
import { OPERATION_COUNTS } from '../metrics';
import { beforeOldest, inWindow, type RollupWindow, type Tx } from './window';

export async function refreshOperationRollups(tx: Tx, window: RollupWindow) {
  await tx`DELETE FROM rollup_operation_daily WHERE ${inWindow(tx, window)} OR ${beforeOldest(tx, 'operation_data')}`;
  await tx`
    INSERT INTO rollup_operation_daily (fecha_foto, hora, canal, ${tx.unsafe(OPERATION_COUNTS.join(', '))})
    SELECT fecha_foto, hora, canal, ${tx.unsafe(OPERATION_COUNTS.map((c) => `sum(${c})`).join(', '))}
      FROM operation_data WHERE ${inWindow(tx, window)}
     GROUP BY fecha_foto, hora, canal`;
}
