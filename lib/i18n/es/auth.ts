// The sign-in page: its form and why a sign-in was refused. A disabled account
// is refused like a wrong password, so the page never tells which accounts exist.
export const auth = {
  title: 'Ingresar',
  email: 'Correo electrónico',
  password: 'Contraseña',
  submit: 'Ingresar',
  submitting: 'Ingresando…',
  invalid: 'Correo o contraseña incorrectos.',
  rateLimited: (wait: string) => `Demasiados intentos fallidos. Vuelve a intentarlo en ${wait}.`,
  seconds: (n: number) => `${n} s`,
  minutes: (n: number) => `${n} min`,
};
