// The cobranzas vocabulary (SPEC §2) that the schema's CHECKs, the filters and
// the pages share. Free of database imports, so client components can use it.
export const SERVICIOS = ['MOVIL', 'FIJA'] as const;
export const CANALES = ['BOT', 'HUMANO'] as const;
export const CARTERAS = ['TEMPRANA', 'ALTAS_NUEVAS', 'CUOTA_FRACCIONAMIENTO', 'OTRAS'] as const;

export type Servicio = (typeof SERVICIOS)[number];
export type Canal = (typeof CANALES)[number];
export type Cartera = (typeof CARTERAS)[number];
