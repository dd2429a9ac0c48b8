// The overview page: health, freshness per table, runs in flight, refresh all.
export const overview = {
  title: 'Resumen',
  description: 'Salud del ETL, frescura de cada tabla y ejecuciones en curso',
  health: {
    title: 'Salud del ETL',
    explain: {
      healthy: 'Todas las tablas están cargadas; ninguna falla ni está desactualizada.',
      degraded: 'Alguna tabla falló en su última ejecución o está desactualizada.',
      unhealthy: 'Todas las tablas fallan o están desactualizadas.',
      initializing: 'Todavía no se cargó ninguna tabla: el worker las está cargando.',
    },
    fresh: (fresh: number, total: number) => `${fresh} de ${total} tablas al día`,
    running: (n: number) => (n === 0 ? 'ninguna ejecución en curso' : n === 1 ? '1 ejecución en curso' : `${n} ejecuciones en curso`),
    failing: (n: number) => (n === 0 ? 'ninguna falla' : n === 1 ? '1 tabla con falla' : `${n} tablas con falla`),
  },
  freshness: {
    title: 'Frescura por tabla',
    description: 'Antigüedad de la última carga correcta frente al intervalo de refresco de cada tabla',
    caption: 'Frescura de cada tabla',
  },
  running: {
    title: 'Ejecuciones en curso',
    description: 'Se actualiza cada segundo',
    empty: 'No hay ejecuciones en curso.',
    caption: 'Ejecuciones en curso',
  },
  refreshAll: {
    button: 'Refrescar todo',
    title: 'Refrescar todas las tablas',
    what: (mode: string) => `Pone en cola una ejecución «${mode}» por cada una de las 5 tablas; el worker las corre de 2 en 2.`,
    force: 'Forzar (refrescar también las tablas al día)',
    notForced: 'Sin forzar, las tablas más frescas que su intervalo de refresco se omiten.',
    forced: 'Forzado: se refrescan todas, aunque estén al día.',
    mode: 'Modo',
    modes: {
      incremental: 'Incremental: desde la watermark menos el lookback hasta hoy.',
      sliding_window: 'Ventana móvil: desde hoy menos el lookback, sin mirar la watermark.',
      full_refresh: 'Completa: vuelve a leer todo el origen.',
    },
    running: 'Una tabla con una ejecución en curso no se duplica: se informa esa ejecución.',
    confirm: 'Refrescar',
    outcomes: 'Resultado por tabla',
    outcome: { queued: 'en cola', already_running: 'ya en curso', skipped: 'omitida' },
    skippedReason: (hours: number) => `se refrescó hace menos de ${hours} h`,
  },
};
