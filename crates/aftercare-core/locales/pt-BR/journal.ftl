### Review status: draft. Written without a native speaker; needs review by one before release.

## The healing journal: the daily check-in, photos, earlier check-ins, notes.

journal-title = Diário
journal-intro = Como o seu couro cabeludo cicatriza, para você (e para o seu profissional, só se você compartilhar). Tudo fica neste dispositivo.

## The daily check-in. Each question's answers are its own messages, so that they can agree
## with the sign they describe.

journal-check-in = Como está o seu couro cabeludo hoje?
journal-redness = Vermelhidão
journal-redness-none = Nenhuma
journal-redness-mild = Leve
journal-redness-moderate = Moderada
journal-redness-severe = Intensa
journal-spreading = A vermelhidão se espalha além da área tratada
journal-swelling = Inchaço
journal-swelling-none = Nenhum
journal-swelling-mild = Leve
journal-swelling-moderate = Moderado
journal-swelling-severe = Intenso
journal-itching = Coceira
journal-itching-none = Nenhuma
journal-itching-mild = Leve
journal-itching-moderate = Moderada
journal-itching-severe = Intensa
# Followed by a choice of journal-surface-smooth, -flaking, -scabbing.
journal-surface = A pele está
journal-surface-smooth = Lisa
journal-surface-flaking = Descamando
journal-surface-scabbing = Com casquinhas
# Above a slider from 0 to 10.
journal-pain = Dor, de 0 (nenhuma) a 10
journal-discharge = Secreção (pus: amarela ou verde)
journal-discharge-none = Nenhuma
journal-discharge-clear = Transparente
journal-discharge-pus = Pus
journal-warmth = A área está quente ao toque
journal-fever = Febre ou calafrios
journal-streaks = Listras vermelhas saindo da área
journal-check-in-save = Salvar registro
journal-check-in-update = Atualizar o registro de hoje
journal-check-in-saved = Registro salvo.
# Under the advice a check-in calls for.
journal-never-diagnoses = Esta orientação vem do app, que nunca faz diagnósticos.

## Photos.

journal-photos = Fotos
journal-photos-hint = Fotos sempre com o mesmo ângulo e a mesma luz mostram melhor a cicatrização. O local onde a foto foi tirada é removido antes de ela ser guardada.
# The label of the date field: the day a photo shows.
journal-photo-date = Do dia
journal-photo-take = Tirar foto
journal-photo-choose = Escolher foto
journal-photo-added = Foto adicionada, sem a localização.
journal-photos-none = Nenhuma foto ainda.
# The two days whose photos are shown side by side.
journal-photo-first = Primeiro dia
journal-photo-second = Segundo dia
# A day in the lists of the two days, short to fit a phone. $day: the day since the session.
journal-photo-day-short = Dia { $day }
journal-photo-strip = Todas as fotos, por dia
journal-photo-open = Abrir { $photo } em tamanho real
journal-photo-compare = Comparar
journal-photo-side-by-side = Lado a lado
journal-photo-slider = Controle de antes e depois
journal-photo-slider-label = Deslize para revelar { $after } sobre { $before }
journal-photo-zoom-in = Aproximar
journal-photo-zoom-out = Afastar
# A photo's caption. $day: the day since the session; $date: the day, written out.
journal-photo-day = Dia { $day } · { $date }
# The photo's text for screen readers. $photo: its caption (journal-photo-day, or the date alone
# before the first session).
journal-photo-alt = Seu couro cabeludo, { $photo }
# A button under a photo.
journal-photo-delete = Apagar
# The same button, for screen readers. $photo: the photo's caption.
journal-photo-delete-label = Apagar a foto: { $photo }
journal-photo-delete-title = Apagar esta foto?
# $photo: the photo's caption (journal-photo-day, or the date alone before the first session).
journal-photo-delete-text = A foto ({ $photo }) será apagada deste dispositivo para sempre.
# Confirms deleting the photo.
journal-photo-delete-confirm = Apagar
journal-photo-deleted = Foto apagada.
journal-photo-unreadable = Não foi possível ler a foto.

## Earlier check-ins.

# $position: where the day stands ("Session 1 · day 3", "2 days before session 1"); $date: the
# day, written out.
journal-history-day = { $position } · { $date }
# After the day. $redness, $swelling: how strong: none, mild, moderate or severe; $pain: 0 to 10.
journal-history-signs =
    { $redness ->
        [mild] Vermelhidão leve
        [moderate] Vermelhidão moderada
        [severe] Vermelhidão intensa
       *[none] Sem vermelhidão
    }, { $swelling ->
        [mild] inchaço leve
        [moderate] inchaço moderado
        [severe] inchaço intenso
       *[none] sem inchaço
    }, dor { $pain }/10
journal-history-doctor = Procure um médico
journal-history-practitioner = Fale com seu profissional

## Notes.

journal-notes = Anotações
# The label of the text field.
journal-note = Uma anotação de hoje
journal-note-save = Salvar anotação
journal-note-empty = Escreva algo primeiro.
journal-note-saved = Anotação salva.

## How to reach the studio, under a red flag's advice. $studio: its name.

journal-studio = Seu estúdio, { $studio }, pode ajudar você:
# After a doctor-level flag: the doctor comes first.
journal-studio-after-doctor = Primeiro procure um médico; depois, avise seu estúdio, { $studio }:
# $phone, $email: as the protocol gives them.
journal-studio-call = Ligar para { $phone }
journal-studio-email = Enviar e-mail para { $email }
journal-studio-website = Abrir o site do estúdio

## O gráfico de cicatrização: os check-ins ao longo dos dias de cicatrização. As palavras do
## gráfico são curtas: ficam ao lado das linhas num celular de 360 px.

journal-chart = Sua cicatrização de relance
journal-chart-empty = Seus check-ins vão aparecer aqui num gráfico, dia a dia.
journal-chart-hint = Toque num dia para ver o check-in e as fotos dele. Um número marca o dia em que algo volta a ser permitido.
journal-chart-label = Um gráfico dos seus check-ins em { $count ->
        [one] um dia
       *[other] { $count } dias
    }; a tabela abaixo traz as mesmas respostas.
chart-none = Nada
chart-mild = Leve
chart-moderate = Moderado
chart-severe = Forte
chart-pain = Dor
chart-day = Dia
chart-today = Hoje
chart-session = S{ $number }
chart-redness = Vermelhidão
chart-swelling = Inchaço
chart-itching = Coceira
chart-flaking = Descamação, crostas
chart-skin = Pele
journal-milestone = { $position }, { $date }: { $title }
journal-milestone-pushed = (adiado em { $days ->
        [one] um dia
       *[other] { $days } dias
    })
journal-table = Suas respostas, dia a dia
journal-day-no-check-in = Nenhum check-in neste dia.
journal-day-no-photos = Nenhuma foto deste dia.
journal-day-close = Fechar
