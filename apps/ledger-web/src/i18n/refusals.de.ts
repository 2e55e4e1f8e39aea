/**
 * The fund's refusals in German, by their stable code (`libs/domain`'s `FundErrorCode`). The service
 * answers in English with the figures of the case; a German page shows these sentences instead.
 */
export const REFUSALS_DE: Readonly<Record<string, string>> = {
  'MONEY.INVALID_AMOUNT':
    'Der Betrag ist ungültig: Euro mit höchstens zwei Nachkommastellen, größer als null.',
  'COMMAND.INVALID_INPUT': 'Eine Angabe ist ungültig.',
  'COMMAND.WRONG_FUND': 'Die Angabe gehört zu einem anderen Fonds.',
  'FUND.NOT_OPEN': 'Diesen Fonds gibt es nicht.',
  'FUND.ALREADY_OPEN': 'Einen Fonds mit dieser Kennung gibt es schon.',
  'FUND.CLOSED': 'Der Fonds ist geschlossen; es kann nichts mehr gebucht werden.',
  'FUND.INVALID_SETTINGS': 'Die Regeln des Fonds sind so nicht zulässig.',
  'FUND.MATCHING_MODEL_LOCKED':
    'Das Kofinanzierungsmodell kann nicht mehr geändert werden, seit Geld geflossen ist.',
  'FUND.OPEN_COMMITMENTS': 'Der Fonds hat noch offene Bindungen und kann nicht geschlossen werden.',
  'FUND.PUBLIC_SHARE_EXCEEDED': 'Der Anteil öffentlicher Mittel würde die zulässige Grenze überschreiten.',
  'FUND.PUBLIC_MONEY_UNMATCHED':
    'Für diese öffentlichen Mittel sind noch nicht genug private Mittel eingegangen.',
  'FUND.PUBLIC_MONEY_INVESTIVE_ONLY':
    'Öffentliche Mittel dürfen in diesem Fonds nur investive Maßnahmen bezahlen.',
  'FUND.INSUFFICIENT_FUNDS': 'Dafür sind nicht genug Mittel verfügbar.',
  'BUSINESS_DATE.IN_FUTURE': 'Das Datum liegt in der Zukunft; erfasst wird, was schon geschehen ist.',
  'BUSINESS_DATE.BEFORE_PREVIOUS':
    'Das Datum liegt vor dem Datum eines früheren Schritts desselben Vorgangs.',
  'FISCAL_YEAR.NO_BUDGET': 'Für dieses Haushaltsjahr ist noch kein Budget festgelegt.',
  'FISCAL_YEAR.CLOSED':
    'Dieses Haushaltsjahr ist abgeschlossen; buchen Sie die Korrektur in ein offenes Jahr und nennen Sie, was sie berichtigt.',
  'FISCAL_YEAR.NOT_ENDED': 'Das Haushaltsjahr ist noch nicht zu Ende.',
  'FISCAL_YEAR.BUDGET_EXCEEDED':
    'Damit würden die öffentlichen Eingänge des Jahres das Budget überschreiten.',
  'FISCAL_YEAR.BUDGET_BELOW_RECEIVED': 'Das Budget darf nicht unter dem liegen, was schon eingegangen ist.',
  'CONTRIBUTION.DUPLICATE_ID': 'Ein Eingang mit dieser Kennung ist schon gebucht.',
  'CONTRIBUTION.PRIVATE_NOT_POOLED': 'In diesem Fonds werden private Mittel nicht in den Fonds eingezahlt.',
  'APPLICATION.NOT_FOUND': 'Diesen Antrag gibt es nicht.',
  'APPLICATION.DUPLICATE_ID': 'Einen Antrag mit dieser Kennung gibt es schon.',
  'APPLICATION.INVALID_STATE': 'Das ist im jetzigen Stand des Antrags nicht möglich.',
  'APPLICATION.ALREADY_PAID': 'Für diesen Antrag wurde schon ausgezahlt.',
  'APPLICATION.REQUEST_EXCEEDS_COSTS':
    'Die beantragte Zuwendung ist höher als die zuwendungsfähigen Ausgaben.',
  'APPLICATION.OWN_CONTRIBUTION_TOO_LOW':
    'Der Eigenanteil deckt die zuwendungsfähigen Ausgaben abzüglich der beantragten Zuwendung nicht.',
  'APPLICATION.APPROVAL_EXCEEDS_REQUEST': 'Der befürwortete Betrag ist höher als der beantragte.',
  'GRANT.NOT_FOUND': 'Diese Zuwendung gibt es nicht.',
  'GRANT.DUPLICATE_ID': 'Eine Zuwendung mit dieser Kennung gibt es schon.',
  'GRANT.INVALID_STATE': 'Das ist im jetzigen Stand der Zuwendung nicht möglich.',
  'GRANT.APPLICATION_NOT_APPROVED': 'Die Jury hat den Antrag nicht befürwortet.',
  'GRANT.EXCEEDS_APPROVAL': 'Die Zuwendung ist höher als der befürwortete Betrag.',
  'GRANT.EXCEEDS_PROJECT_CAP': 'Die Zuwendung überschreitet die Obergrenze je Projekt.',
  'GRANT.PAYMENTS_MADE': 'Auf diese Zuwendung wurde schon ausgezahlt.',
  'PAYOUT.DUPLICATE_ID': 'Eine Auszahlung mit dieser Kennung ist schon gebucht.',
  'PAYOUT.EXCEEDS_GRANT': 'Der Betrag ist höher als das, was von der Zuwendung noch auszuzahlen ist.',
  'PAYOUT.PROOF_REQUIRED': 'Ausgezahlt wird erst, wenn der Verwendungsnachweis anerkannt ist.',
  'PAYEE.NOT_APPLICANT':
    'Kontoinhaber und Antragsteller sind verschieden: Die Geschäftsstelle muss den abweichenden Zahlungsempfänger bestätigen.',
  'PAYMENT.PAYEE_MISSING':
    'Für diese Zuwendung ist noch kein Zahlungsempfänger (Kontoinhaber und IBAN) erfasst.',
  'PAYMENT.FOUR_EYES_REQUIRED':
    'In diesem Fonds gilt das Vier-Augen-Prinzip: Eine Zahlung wird erst sachlich und rechnerisch festgestellt und dann von einer anderen Person angeordnet.',
  'PAYMENT.SAME_PERSON':
    'Sie haben diese Zahlung selbst sachlich und rechnerisch festgestellt. Anordnen muss sie eine andere Person (Vier-Augen-Prinzip).',
  'PAYMENT.NOT_FOUND': 'Diese Zahlung gibt es nicht oder sie ist nicht festgestellt.',
  'PAYMENT.INVALID_STATE': 'Diese Zahlung ist schon angeordnet, exportiert oder zurückgenommen.',
  'PAYMENT.ORDER_BEFORE_CERTIFICATION': 'Die Anordnung kann nicht vor der Feststellung datiert sein.',
  'PAYMENT.ORDERS_PENDING':
    'Für diese Zuwendung wartet noch eine festgestellte oder angeordnete Zahlung; nehmen Sie sie zuerst zurück.',
  'PAYMENT.NOTHING_TO_EXPORT': 'Es wartet keine angeordnete Zahlung auf den Export.',
  'PAYMENT.EXPORT_DUPLICATE_ID': 'Ein Export mit dieser Kennung wurde schon erstellt.',
  'REPAYMENT.DUPLICATE_ID': 'Eine Rückzahlung mit dieser Kennung ist schon gebucht.',
  'REPAYMENT.EXCEEDS_OUTSTANDING': 'Der Betrag ist höher als die offene Rückforderung.',
  'REPAYMENT.EXCEEDS_PAID': 'Zurückgefordert werden kann höchstens, was ausgezahlt wurde.',
  'REPAYMENT.NOT_DUE': 'Für diese Zuwendung ist keine Rückzahlung fällig.',
  'REPAYMENT.DEMAND_AWAITS_ORDER':
    'Die Rückforderung dieser Zuwendung ist festgestellt und wartet auf ihre Anordnung durch eine andere Person.',
  'REPAYMENT.NO_DEMAND_CERTIFIED':
    'Für diese Zuwendung wartet keine festgestellte Rückforderung auf ihre Anordnung.',
  'REPAYMENT.SAME_PERSON':
    'Sie haben diese Rückforderung selbst festgestellt. Anordnen muss sie eine andere Person (Vier-Augen-Prinzip).',
  'REPAYMENT.ORDER_BEFORE_CERTIFICATION': 'Die Anordnung kann nicht vor der Feststellung datiert sein.',
  'JURY.TALLY_CONTRADICTS_ATTENDANCE':
    'Die Abstimmung zählt mehr Hände, als Mitglieder ohne Befangenheit anwesend waren.',
  'JURY.MEMBERS_VOTE_THEMSELVES':
    'In diesem Fonds stimmen die Jurymitglieder selbst ab; eine Sitzung wird nicht als Protokoll erfasst.',
  'JURY.VOTES_ARE_MINUTED':
    'In diesem Fonds erfasst die Geschäftsstelle jede Jurysitzung mit ihrem Protokoll: Anwesenheit, Stimmen und Beschluss.',
  'JURY.NOT_ON_THIS_MEETING': 'Dieser Antrag steht auf der Tagesordnung einer anderen Sitzung.',
  'JURY.NOT_A_MEMBER': 'Sie gehören der Jury dieses Fonds nicht an.',
  'JURY.MEMBER_ALREADY_APPOINTED': 'Dieses Mitglied ist schon berufen.',
  'JURY.MEMBER_NOT_PRESENT':
    'Sie sind für diese Entscheidung nicht als anwesend erfasst; nur Anwesende stimmen ab.',
  'JURY.MEMBER_RECUSED': 'Sie haben Befangenheit erklärt und stimmen über diesen Antrag nicht ab.',
  'JURY.ALREADY_VOTED': 'Sie haben schon abgestimmt; eine Korrektur nimmt die Geschäftsstelle auf.',
  'JURY.NOT_VOTED': 'Sie haben noch nicht abgestimmt.',
  'JURY.CONFLICT_AFTER_VOTE': 'Nach Ihrer Stimmabgabe kann keine Befangenheit mehr erklärt werden.',
  'JURY.CONFLICT_ALREADY_DECLARED': 'Ihre Befangenheit ist schon erfasst.',
  'JURY.DECISION_ALREADY_OPEN': 'Über diesen Antrag ist schon eine Entscheidung offen.',
  'JURY.DUPLICATE_DECISION_ID': 'Eine Entscheidung mit dieser Kennung gibt es schon.',
  'JURY.NO_OPEN_DECISION': 'Über diesen Antrag ist zurzeit keine Entscheidung offen.',
  'JURY.QUORUM_NOT_REACHED': 'Die Jury ist nicht beschlussfähig.',
  'INTEREST.BASE_RATE_UNKNOWN':
    'Der Basiszinssatz für diesen Zeitraum ist noch nicht hinterlegt; tragen Sie ihn nach oder nennen Sie einen festen Zinssatz.',
};
