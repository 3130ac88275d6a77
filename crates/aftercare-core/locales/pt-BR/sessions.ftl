### Review status: draft. Written without a native speaker; needs review by one before release.

## The Sessions screen: add, move and remove appointments; the reminders follow at once.

sessions-title = Sessões
sessions-intro = Remarque uma sessão e todos os lembretes contados a partir dela vão junto. As sessões precisam ter alguns dias de intervalo, como diz o seu protocolo.

## A session's fields, on each session and in the form that adds one.

sessions-date = Data
sessions-time = Horário
sessions-zone = Fuso horário
sessions-needs-date-time = Uma sessão precisa de data e horário.
sessions-needs-zone = Uma sessão precisa do seu fuso horário.

## Each session, in a card.

# $number: the session's number (1 for the first).
sessions-heading = Sessão { $number }
# Under the heading. $date: the session's day, written out (Monday, March 9, 2026); $time: its
# time of day; $zone: its time zone, an IANA name such as Europe/London.
sessions-when = { $date } · { $time } · { $zone }
sessions-move = Remarcar sessão
sessions-remove = Remover
# Why Remove is greyed out when there is one session.
sessions-only-one = Esta é a sua única sessão: remarque-a em vez de removê-la.
# $number: the session's number.
sessions-moved = Sessão { $number } remarcada; os lembretes dela foram junto.

## Asked before a session is removed.

# $number: the session's number.
sessions-remove-title = Remover a sessão { $number }?
sessions-remove-message = Os lembretes dela são removidos junto. O que você marcou como feito fica guardado, caso você a adicione de novo.
# The button that confirms.
sessions-remove-confirm = Remover sessão
# $number: the session's number.
sessions-removed = Sessão { $number } removida.

## The form that adds a session.

sessions-add-title = Adicionar uma sessão
sessions-add-hint = Mais uma sessão, ou um retoque anos depois.
sessions-add = Adicionar sessão
sessions-added = Sessão adicionada; os lembretes dela estão programados.
