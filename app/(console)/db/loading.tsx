export default function Loading() {
  return <p className="p-8 text-sm text-slate-500" role="status">Leyendo el estado de la base de datos…</p>;
}
