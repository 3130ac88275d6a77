### Review status: draft. Written without a native speaker; needs review by one before release.

## The Sessions screen: add, move and remove appointments; the reminders follow at once.

sessions-title = Sesiones
sessions-intro = Si mueves una sesión, todos los recordatorios que cuentan desde ella se mueven también. Las sesiones deben estar separadas por unos días, según indique tu protocolo.

## A session's fields, on each session and in the form that adds one.

sessions-date = Fecha
sessions-time = Hora
sessions-zone = Zona horaria
sessions-needs-date-time = Una sesión necesita fecha y hora.
sessions-needs-zone = Una sesión necesita su zona horaria.

## Each session, in a card.

# $number: the session's number (1 for the first).
sessions-heading = Sesión { $number }
# Under the heading. $date: the session's day, written out (Monday, March 9, 2026); $time: its
# time of day; $zone: its time zone, an IANA name such as Europe/London.
sessions-when = { $date } · { $time } · { $zone }
sessions-move = Mover sesión
sessions-remove = Eliminar
# Why Remove is greyed out when there is one session.
sessions-only-one = Tu única sesión no se puede eliminar; puedes moverla.
# $number: the session's number.
sessions-moved = Sesión { $number } movida; sus recordatorios se movieron con ella.

## Asked before a session is removed.

# $number: the session's number.
sessions-remove-title = ¿Eliminar la sesión { $number }?
sessions-remove-message = Sus recordatorios se eliminan con ella. Lo que marcaste como hecho se conserva, por si la vuelves a agregar.
# The button that confirms.
sessions-remove-confirm = Eliminar sesión
# $number: the session's number.
sessions-removed = Sesión { $number } eliminada.

## The form that adds a session.

sessions-add-title = Agregar una sesión
sessions-add-hint = Una sesión más, o un retoque años después.
sessions-add = Agregar sesión
sessions-added = Sesión agregada; sus recordatorios están programados.
