"""Each attribution strategy and reference rule on sentences written for the test (no article text).

Every case names the rule the statement must record (kg:rule) and the speaker it must resolve to.
"""
from __future__ import annotations

import pytest

from conftest import build_many, said

pytestmark = pytest.mark.model

# name: (body, text of the statement to look at, expected rule, expected speaker label)
CASES = {
    "the_same_source_is_the_body_last_quoted": (
        "Le rendez-vous avec les syndicats est prévu vers midi, a indiqué Matignon lundi. Le rendez-vous avec le "
        "patronat devrait intervenir après, selon la même source.", "avec le patronat devrait", "reported/selon",
        "Hôtel Matignon"),
    "an_honorific_the_parse_made_the_subject_stands_for_the_name_after_it": (
        "L'avocat Paul Faro a plaidé. « La justice est libre », a ajouté Me Faro.", "La justice est libre",
        "incise/subject", "Paul Faro"),
    "a_subject_between_a_quotation_and_its_verb_speaks": (
        "Le président américain Paul Roux a perdu. « Nous avons besoin de plus de juges », le président a tweeté.",
        "plus de juges", "incise/words-after-quote+reference", "Paul Roux"),
    "a_bare_verb_of_saying_after_a_quotation_tells_it": (
        "Jan Smit, le chef du parti PVD, a retiré son parti de la coalition. « Il n'y a aucun accord sur notre plan. "
        "Le PVD quitte la coalition. » Il a dit.", "aucun accord sur notre plan", "told-next/subject+office",
        "Jan Smit"),
    "a_person_named_after_an_institution_that_cannot_be_il_is_il": (
        "Le Kremlin a confirmé mercredi la visite de l'émissaire, selon le conseiller Iouri Petrov. « Un accord a "
        "été atteint », a-t-il déclaré.", "Un accord a", "incise/inverted-pronoun", "Iouri Petrov"),
    "a_medium_citing_someone_passes_his_words_on": (
        "L'armée lettone a annoncé des frappes. « Le cessez-le-feu tiendra », rapporte l'agence Reuters, citant le "
        "ministre letton de la Défense, Janis Ozols.", "cessez-le-feu tiendra", "incise/cited-by-medium",
        "Janis Ozols"),
    "the_president_of_a_court_holds_no_office_of_state": (
        "Le président Marc Vidal a critiqué les juges Paul Girard, président de la Cour suprême, et Anna Roth. La "
        "cour a ouvert une enquête contre le chef de l'Etat pour ses attaques contre les urnes qui, de l'avis du "
        "président, organisent des « fraudes ».", "organisent des", "reported/selon+office", "Marc Vidal"),
    "a_former_office_is_the_person_named_before": (
        "Claire Vautrin a parlé à Francfort devant des banquiers. L'ancienne patronne du Fonds a estimé que "
        "l'inflation allait baisser.", "inflation allait baisser", "reported/subject+reference", "Claire Vautrin"),
    "a_former_office_is_the_one_named_before_who_held_it_no_longer": (
        "Boris Johnson et Benjamin Netanyahu ont dîné ensemble à Londres. « C'est une erreur », a jugé l'ancien "
        "Premier ministre devant les caméras.", "une erreur", "incise/inverted-subject+reference", "Boris Johnson"),
    "a_pronoun_after_an_unnamed_person_s_subject_is_that_person": (
        "Une responsable de l'Unicef a réagi dans la soirée. « La situation reste fragile », a-t-elle averti.",
        "situation reste fragile", "incise/inverted-pronoun", "responsable de l'Unicef"),
    "a_pronoun_after_another_unnamed_person_s_subject_is_that_person": (
        "Un porte-parole du ministère s'est exprimé lundi. « Nos troupes tiennent », a-t-il assuré. Un diplomate "
        "européen a pris la parole à son tour. « Personne ne veut d'une escalade », a-t-il expliqué.",
        "Personne ne veut", "incise/inverted-pronoun", "diplomate européen"),
    "a_pronoun_after_an_unnamed_person_who_addressed_someone_is_that_someone": (
        "Emmanuel Macron a visité une usine mardi. Un ouvrier l'a interpellé sur les salaires. « Je vous ai "
        "entendu », a-t-il répondu.", "Je vous ai entendu", "incise/inverted-pronoun", "Emmanuel Macron"),
    "an_office_is_no_holder_named_inside_a_quotation": (
        "Abdelmadjid Tebboune a reçu mardi la presse à Alger. Il a évoqué la relation avec la France. « Nous "
        "n'attendons plus rien d'Emmanuel Macron », a lancé le chef de l'État.", "attendons plus rien",
        "incise/inverted-subject+office", "Abdelmadjid Tebboune"),
    "a_former_office_is_no_current_holder_s": (
        "Manuel Valls a vivement critiqué mardi la stratégie d'Édouard Philippe. « Il s'est trompé de combat », "
        "a jugé l'ancien Premier ministre.", "trompé de combat", "incise/subject+reference", "Manuel Valls"),
    "a_stressed_pronoun_after_a_preposition_is_not_its_name": (
        "Anne Hidalgo ne se représentera pas. Face à Rachida Dati, elle, a affirmé que la gauche restera unie.",
        "la gauche restera unie", "reported/subject+pronoun", "Anne Hidalgo"),
    "on_speaks_for_the_place_its_verb_is_set_in": (
        "Paul Girard a quitté la réunion. « Rien n'est décidé », estime-t-on à Matignon.", "Rien n'est décidé",
        "incise/impersonal-setting", "Hôtel Matignon"),
    "on_speaks_for_the_circle_its_verb_is_set_in": (
        "Anne Morel a parlé la veille. « Personne ne veut la guerre », assure-t-on dans l'entourage du ministre.",
        "Personne ne veut la guerre", "incise/impersonal-setting", "entourage du ministre"),
    "a_noun_of_both_genders_takes_its_article_s": (
        "Paul Girard a parlé de la réforme. « Il faut tenir », a-t-il dit. « Ce n'est pas le moment de "
        "reculer », a répondu la ministre, interrogée sur la radio.", "moment de reculer", "incise/inverted-subject",
        "ministre"),
    "an_office_with_no_state_is_its_holder_named_just_before_over_one_who_spoke_earlier": (
        "Volodymyr Zelensky a parlé aux députés. « Nous tiendrons », a-t-il dit. Emmanuel Macron a reçu son "
        "homologue à Paris. « C'est une journée historique », s'est félicité le chef de l'État.",
        "journée historique", "incise/inverted-subject+office", "Emmanuel Macron"),
    "a_subject_before_a_colon_speaks_after_a_fronted_participle": (
        "Paul Girard a parlé mardi. « Nous tiendrons », a-t-il dit. Interrogé sur le sujet, Marc Lenoir a botté "
        "en touche : « Je ne commente pas les rumeurs ».", "commente pas les rumeurs", "colon-subject",
        "Marc Lenoir"),
    "a_stressed_pronoun_set_off_after_a_name_is_that_name": (
        "Le chancelier Paul Girard a parlé mardi. Ce dernier a assuré que l'Allemagne ne céderait pas. Marine Le "
        "Pen, elle, estime que la France doit rester neutre.", "doit rester neutre", "reported/subject",
        "Marine Le Pen"),
    "a_verb_of_saying_the_tagger_took_for_an_adjective_before_its_addressee": (
        "Paul Girard a parlé aux journalistes. « Nous irons jusqu'au bout », a-t-il dit. « Mon client n'a rien à se "
        "reprocher », raconte à la radio l'avocate Claire Morel.", "rien à se reprocher", "incise/inverted-subject",
        "Claire Morel"),
    "a_participle_hung_on_a_relative_clause_goes_on_with_the_verb_above": (
        "Le ministre Paul Kabera a réagi. Il a vivement demandé au porte-parole de cesser ce qu'il qualifie de "
        "désinformation permanente, soulignant que le public a besoin de vérité sur l'application des accords.",
        "le public a besoin", "reported/subject+pronoun", "Paul Kabera"),
    "an_institution_inverted_after_a_figure_the_parse_made_subject": (
        "Les premiers résultats officiels, avec un dépouillement de 60 % des bureaux, représentant la majorité des "
        "suffrages exprimés, ont montré que le parti du président avait remporté 51 % des voix, a indiqué la "
        "commission électorale.", "avait remporté 51", "reported/inverted-subject", "commission électorale"),
    "an_object_clitic_before_an_inverted_verb": (
        "« Ce texte rendra tout plus difficile », a insisté le ministre Paul Girard.\n\n« Votre budget est une "
        "faute », l'avait attaqué plus tôt la députée Claire Moret à la tribune.", "budget est une faute",
        "incise/subject", "Claire Moret"),
    "an_incise_the_splitter_cut_from_its_quotation": (
        "Le mouvement chiite a parlé.\n«Nous avons respecté l'accord, alors que les autres ne l'ont pas fait», a "
        "déclaré samedi dans un discours télévisé le chef du mouvement, Karim Haddad.", "respecté l'accord",
        "incise/inverted-subject", "Karim Haddad"),
    "an_answer_announced_before_a_quotation": (
        "La députée Claire Moret attaque. « Votre bilan est nul », lance-t-elle. La réponse de la maire Sophie Lanier "
        "ne tarde pas. « Vous n'avez jamais voté ce budget. »", "jamais voté", "announced", "Sophie Lanier"),
    "a_phrase_on_lors_after_the_object_is_told": (
        "Le dirigeant Marek Novak a reconnu la défaite de son parti lors des élections municipales.",
        "lors des élections", "reported/subject", "Marek Novak"),
    "a_condition_after_the_que_clause_is_told": (
        "Le porte-parole Ivan Sorokin a souligné mercredi qu'il n'y a pas de plan de paix avec l'Ukraine s'il ne tient "
        "pas compte du statut des régions.", "ne tient pas compte", "reported/subject", "Ivan Sorokin"),
    "a_name_after_a_word_of_the_office_is_not_its_gender": (
        "Le peuple a jugé la protection insuffisante, a analysé le ministre de la santé Alain Berset. Le refus "
        "d'abolir le droit de timbre n'est pas dramatique, estime le ministre des finances Ueli Maurer.",
        "droit de timbre", "reported/inverted-subject+reference", "Ueli Maurer"),
    "a_communique_speaks_for_the_source_it_was_given": (
        "« Ces actions sont inacceptables », a affirmé M. Paul Dabo lors d'une réunion, selon un communiqué du "
        "gouvernement. Le Premier ministre a ordonné une enquête, a précisé le communiqué.", "ordonné une enquête",
        "reported/subject", "gouvernement"),
    "a_communique_speaks_for_who_issued_it": (
        "La CGT a publié un communiqué lundi. Le communiqué souligne que la direction persiste dans son refus.",
        "direction persiste", "reported/subject", "CGT"),
    "selon_qui_then_a_quotation": (
        "Le syndicaliste a réagi à la déclaration faite jeudi par la ministre, Claire Dubois, depuis Lille, selon qui "
        "cette réforme « a été démocratiquement présentée ».", "démocratiquement présentée", "reported/claimant",
        "Claire Dubois"),
    "a_noun_pas_negates_nothing": (
        "La ministre Hélène Carvin a annoncé que l'accord signé était un grand pas vers la stabilité.",
        "un grand pas", "reported/subject", "Hélène Carvin"),
    "a_name_quoted_after_a_platform_noun_is_no_incise": (
        "Le ministre Karl Jensen, dans un message sur la plate-forme « Y », a appelé les deux voisins à « reprendre "
        "le dialogue sans conditions ».", "reprendre le dialogue", "introduced/subject", "Karl Jensen"),
    "a_entendre_names_a_source": (
        "Le budget sera voté avant Noël, à entendre le ministre Louis Berthier.", "voté avant Noël", "reported/selon",
        "Louis Berthier"),
    "de_l_avis_de_names_a_source": (
        "De l'avis de la juge Anne Perrot, la procédure a été respectée.", "procédure a été respectée",
        "reported/selon", "Anne Perrot"),
    "selon_qui_past_a_circumstance": (
        "Le syndicat a répondu à la ministre Claire Dubois, depuis Lyon, selon qui la réforme est juste.",
        "la réforme est juste", "reported/claimant", "Claire Dubois"),
    "a_possessed_role_with_a_complement_is_an_unnamed_source": (
        "Le groupe écologiste a voté contre. Son vice-président à l'Assemblée a ironisé : « Nous l'avions dit ».",
        "Nous l'avions dit", "introduced/subject", "vice-président à l'Assemblée"),
    "a_claimant_named_before_selon_lequel": (
        "Le porte-parole Marco Rinaldi est arrivé lundi. « Nous enquêtons encore », a expliqué M. Rinaldi, selon "
        "lequel les premiers témoignages laissent penser que le bateau a chaviré près de la côte.",
        "bateau a chaviré", "reported/claimant", "Marco Rinaldi"),
    "selon_qui_after_a_name": (
        "Le syndicat a reçu le soutien de la députée Claire Fontanel, selon qui la réforme des retraites creuse les "
        "inégalités.", "creuse les inégalités", "reported/claimant", "Claire Fontanel"),
    "a_coordinated_participle_beside_a_quotation": (
        "Le président Milos Dodan a parlé. Il a qualifié la décision judiciaire « d'attaque politique contre la "
        "République » et affirmé qu'il ne la reconnaissait pas.", "ne la reconnaissait pas",
        "reported/coordinated+pronoun", "Milos Dodan"),
    "a_name_overthrown_is_not_the_nearest_speaker": (
        "La junte a pris le pouvoir. Un officier, le colonel Assane Diarra, s'est présenté mercredi comme le chef de "
        "la junte qui a renversé la veille le président Moussa Traoré et estimé que le pays « n'a plus droit à "
        "l'erreur ».", "plus droit", "reported/nearest-name", "Assane Diarra"),
    "any_verb_with_an_inverted_clitic_after_a_quotation": (
        "Le Premier ministre Paul Verdier a défendu son texte. « Je délivre au groupe socialiste un certificat "
        "d'opposition », a-t-il provoqué.", "certificat d'opposition", "incise/inverted-pronoun", "Paul Verdier"),
    "the_holder_set_off_after_an_office_s_complement": (
        "Le porte-parole du président Paul Kaboré, Jean Ouedro, a démenti la rumeur d'une maladie. « Le président "
        "va bien », a-t-il dit.", "président va bien", "incise/inverted-pronoun+reference", "Jean Ouedro"),
    "an_adviser_of_a_leader_is_the_adviser_named_before": (
        "Le conseiller du président Samuel Kimani, David Oloo, a rejeté le plan. Le conseiller de Kimani a indiqué "
        "que les discussions reprendraient.", "discussions reprendraient", "reported/subject+reference",
        "David Oloo"),
    "a_general_staff_speaks": (
        "« La base de Tessit a été attaquée à l'aube », a annoncé l'état-major de l'armée malienne.",
        "attaquée à l'aube", "incise/inverted-subject", "Armed Forces of Mali"),
    "a_regional_demonym_is_the_last_speaker": (
        "« Nous avons eu une discussion positive », a déclaré Marco Bühler. « La décision sera prise en janvier », "
        "a encore déclaré le Valaisan.", "prise en janvier", "incise/subject+reference", "Marco Bühler"),
    "la_mairesse_is_the_mayor_named_before": (
        "Julie Tremblay, mairesse de Longueuil, a défendu son bilan lundi. Paul Roy a critiqué son action.\n« Nous "
        "donnons la bonne réponse, pas la plus rapide », a répondu la mairesse.", "la bonne réponse",
        "incise/inverted-subject+reference", "Julie Tremblay"),
    "a_subject_set_off_by_a_relative_clause_is_not_inverted": (
        "Le président Karim Touré a été investi lundi.\nLe chef de l'Etat, qui avait annoncé en mars ne pas se "
        "représenter, a justifié son revirement par le décès du candidat de son parti, le Premier ministre Ali "
        "Konaté, évoquant un « cas de force majeure ».", "force majeure", "introduced/participle+office",
        "Karim Touré"),
    "a_role_after_cet_is_the_last_speaker": (
        "« Le bilan est bon », a dit le président Paul Kaboré. « Il faut réduire la pauvreté », a-t-il ajouté. « Il y a "
        "un prix à payer », a dit cet ancien directeur général adjoint du FMI.", "prix à payer",
        "incise/inverted-subject+reference", "Paul Kaboré"),
    "a_medium_relaying_a_quoted_fragment_is_not_its_speaker": (
        "Le ministre chinois Li Wei a rencontré son homologue à Osaka. Le ministre chinois a déclaré à son homologue qu’il espérait que "
        "les deux pays traiteraient leurs entreprises de manière équitable, et a souligné la volonté de Pékin de "
        "« promouvoir des relations basées sur la coopération », a annoncé l’agence de presse Xinhua.",
        "traiteraient leurs entreprises", "reported/subject+reference", "Li Wei"),
    "a_speaking_qui_after_a_long_quotation_reports_its_own_words": (
        "La candidate Claire Morin ne s’avoue pas vaincue. « On sait que les anciens ne se sont pas déplacés. Je ne sais pas s’ils "
        "auraient voté pour nous, mais l’élection est faussée », estime la candidate qui estime que le second tour "
        "reste ouvert.", "second tour reste ouvert", "reported/subject+reference", "Claire Morin"),
    "an_incise_with_no_subject_before_a_gerund_goes_on_with_the_last_speaker": (
        "Marc Dubois a réaffirmé que son parti était prêt à gouverner. « Il faut que les partis de la coalition "
        "retrouvent un équilibre », a souligné en faisant référence au refus des préformateurs Paul Lenoir, le "
        "président du PS, et Anne Vidal.", "retrouvent un équilibre", "incise/subjectless-incise", "Marc Dubois"),
    "se_prononcer_contre_says_what_it_is_against": (
        "Marc Dupont s'est prononcé contre la réforme des retraites, lundi, avant le vote.", "contre la réforme",
        "reported/subject", "Marc Dupont"),
    "a_gerund_opening_a_verbless_sentence_goes_on_with_the_last_speaker": (
        "« Nous ne voterons pas ce budget », ont expliqué les sénateurs écologistes dans un communiqué. En précisant "
        "qu’ils déposeraient un recours plus tard.", "déposeraient un recours", "reported/participle",
        "Ecologist – Solidarity and Territories group (Senate)"),
    "a_known_surname_inside_a_hyphened_one_is_another_person": (
        "Boris Vallaud a demandé une pause. Najat Vallaud-Belkacem a demandé un cessez-le-feu immédiat.",
        "cessez-le-feu immédiat", "reported/subject", "Najat Vallaud-Belkacem"),
    "an_honorific_before_the_name_set_off_after_a_description": (
        "« Les lits manquent chaque nuit », a fait valoir la présidente du syndicat, la Dre Sylvie Tremblay.",
        "lits manquent", "incise/inverted-subject", "Sylvie Tremblay"),
    "a_medium_after_a_second_inverted_verb_passes_the_words_on": (
        "Les informations sur le retrait du Qatar sont erronées, a confirmé Paul Martin, porte-parole du ministère, "
        "indique l’agence Reuters.", "sont erronées", "reported/inverted-subject", "Paul Martin"),
    "avant_de_goes_on_with_the_last_speaker": (
        "Kim Yo-jong a qualifié d'« illusion » les propos du président sud-coréen. Avant de poursuivre en affirmant "
        "que le Sud restait hostile.", "restait hostile", "reported/narrative-infinitive", "Kim Yo Jong"),
    "a_number_two_is_no_number_one": (
        "Kim Yo-jong, la sœur de Kim Jong-un, a déclaré mardi que le Sud mentait. La numéro deux du régime a ensuite "
        "affirmé que les exercices étaient une provocation.", "une provocation", "reported/subject+reference",
        "Kim Yo Jong"),
    "two_leader_nouns_with_one_qualifier_name_one_role": (
        "Le premier ministre Paul Tremblay a attaqué lundi le nouveau chef conservateur Marc Gagnon, répliquant à ses "
        "critiques. « Nous tiendrons », a-t-il dit.\nQuelques heures plus tôt, le leader conservateur a lancé le "
        "« défi » à M. Tremblay de s’engager à éviter toute hausse de taxes.", "hausse de taxes",
        "reported/subject+reference", "Marc Gagnon"),
    "a_participle_goes_on_with_the_finite_verb_past_a_gerund": (
        "Le porte-parole Omar Haddad a déclaré que le gouvernement se berçait d'illusions en pensant que la pression "
        "serait efficace, ajoutant que le mouvement n'avait reçu aucune nouvelle proposition.",
        "aucune nouvelle proposition", "reported/subject", "Omar Haddad"),
    "a_participle_past_its_verb_s_words_reports_its_own_clause": (
        "Le directeur Paul Martin a pour sa part évoqué la disposition de l'Office à s'engager dans un échange sérieux "
        "avec le Maroc, notant que dans le cadre de ses missions, l'Office consultera tous les acteurs.",
        "consultera tous les acteurs", "reported/participle", "Paul Martin"),
    "an_infinitive_s_words_run_on_past_its_coordinate": (
        "Le maire Paul Girard a accusé ses adversaires de le « harceler » avec des recours et d'être le « parti du "
        "blocage ».", "parti du blocage", "reported/subject", "Paul Girard"),
    "an_adjective_after_se_dire_is_what_was_said": (
        "La ministre Claire Vidal s'est déclarée favorable à une réforme rapide du code électoral.",
        "favorable à une réforme rapide", "reported/subject", "Claire Vidal"),
    "d_ailleurs_stands_between_an_inverted_verb_and_its_auxiliary": (
        "Les élus se coupent la parole. « La séance tourne mal », a d'ailleurs reconnu le maire, Paul Girard.",
        "La séance tourne mal", "incise/inverted-subject", "Paul Girard"),
    "unnamed_organisations_are_a_source": (
        "Le village a été bombardé dans la nuit, selon des organisations de défense des droits humains.",
        "village a été bombardé", "reported/selon", "organisations de défense des droits humains"),
    "selon_eux_is_the_group_named_before": (
        "Des syndicats d'enseignants ont réagi mardi. Selon eux, les professeurs n'ont pas à en faire plus pendant la "
        "grève.", "pas à en faire plus", "reported/selon", "syndicats d'enseignants"),
    "a_speaker_in_a_relative_clause_ranks_below_the_subject": (
        "Lors de cette cérémonie, le président Karim Diallo est revenu sur la récente sortie de son Premier ministre, "
        "Moussa Ba, qui a évoqué une « crise d’autorité ». Une déclaration qui a suscité de vives réactions.\n« Je "
        "n’ai aucune divergence avec le Premier ministre, c’est mon ami », a-t-il affirmé.", "aucune divergence",
        "incise/inverted-pronoun", "Karim Diallo"),
    "selon_son_entourage_is_the_clause_subject_s": (
        "Le maire Michel Leroy a reçu lundi son adversaire. Paul Dumas est reparti sans un mot.\nLe maire veut marquer "
        "sa volonté de dialogue avec l'opposition sur le budget, selon son entourage.", "volonté de dialogue",
        "reported/selon", "entourage de Michel Leroy"),
    "il_before_a_clause_with_a_subject_of_its_own_is_someone": (
        "Karim Benali, candidat du parti socialiste, met en cause la transparence du dépouillement. Il estime que le "
        "taux de participation a été artificiellement gonflé et demande que « la volonté populaire soit respectée ».",
        "artificiellement gonflé", "reported/subject+pronoun", "Karim Benali"),
    "an_adjective_with_its_complement_is_an_apposition": (
        "« Le matériel a été récupéré par les forces de sécurité », a souligné une autre source sécuritaire, proche de "
        "l'état-major des armées.", "Le matériel a été récupéré", "incise/subject", "autre source sécuritaire"),
    "selon_after_que_relays_what_follows": (
        "Le ministre Jean Sow justifie ses propos par le fait que selon lui, l'ONG n'a jamais interrogé le gouvernement "
        "avant de publier ses rapports.", "jamais interrogé le gouvernement", "reported/selon", "Jean Sow"),
    "a_role_with_a_state_after_one_given_with_none": (
        "Lundi, le ministre de l'Intérieur Paul Nkoulou a réagi aux annonces de l'opposition. Le ministre camerounais a "
        "dénoncé une « démarche irresponsable » qui menace la paix.", "démarche irresponsable",
        "reported/subject+reference", "Paul Nkoulou"),
    "a_verb_followed_by_what_it_says_has_no_inverted_subject": (
        "Alors que Marc Tessier a reconnu sa défaite, Paul Durand, âgé de 58 ans, a dit vouloir travailler avec tous "
        "les partis.", "vouloir travailler", "reported/nearest-name", "Paul Durand"),
    "a_qualifier_of_the_other_gender_picks_the_role": (
        "Le candidat de l'opposition conservatrice, Kim Min-jae, a gagné l'élection. Il a battu le candidat du parti "
        "au pouvoir, Park Ji-hoon. Pendant la campagne, le candidat conservateur a promis de réformer la justice.",
        "réformer la justice", "reported/subject+reference", "Kim Min-jae"),
    "a_quoted_phrase_keeps_its_article": (
        "La députée Claire Martin dénonce un « budget d'austérité ».", "un « budget d'austérité »",
        "introduced/subject", "Claire Martin"),
    "reported_words_run_on_past_a_quoted_word": (
        "La ministre Anne Roy a réclamé des économies « claires » dans les dépenses de l'État.",
        "« claires » dans les dépenses", "reported/subject", "Anne Roy"),
    "reported_words_keep_the_mark_that_closes_their_quotation": (
        "Le maire Luc Bernard a ensuite dénoncé une élection « sans aucune crédibilité ».",
        "« sans aucune crédibilité »", "reported/subject", "Luc Bernard"),
    "a_name_then_a_verb_tagged_a_noun_before_a_colon": (
        "Claire Dubois (écologistes) esquive : « Chacun a bien compris », quand le communiste Paul Roux fustige un "
        "« énième gouvernement de droite ».", "Chacun a bien compris", "colon-subject", "Claire Dubois"),
    "a_title_before_the_verb_after_a_quotation_with_no_comma": (
        "La ministre Anne Caron a parlé mardi. « Rien n'est encore décidé sur ce texte » la ministre a ajouté devant "
        "la presse.", "Rien n'est encore décidé", "incise/subject+reference", "Anne Caron"),
    "a_name_before_a_colon_after_another_sentence_of_the_line": (
        "La ministre Anne Caron a affirmé : « Le texte sera voté cette semaine », selon la radio RTL. Un avis partagé "
        "par Paul Roux : « Reculer maintenant serait une faute politique. »", "Reculer maintenant serait",
        "label-colon", "Paul Roux"),
    "a_relative_the_gazetteer_knows_named_before": (
        "Kim Yo-jong a critiqué les manœuvres militaires. Le texte a été diffusé dans la nuit. Les exercices ont "
        "commencé lundi. La sœur de Kim Jong Un a affirmé que Séoul jouait avec le feu.", "Séoul jouait avec le feu",
        "reported/subject+reference", "Kim Yo Jong"),
    "qui_after_an_apposition_is_the_name_it_describes": (
        "Pour Paul Renard, secrétaire général de la CFDT, qui a annoncé que son syndicat viendrait au rendez-vous, le "
        "sujet reste ouvert.", "son syndicat viendrait", "reported/subject", "Paul Renard"),
    "a_body_named_between_commas_after_its_kind": (
        "La chaîne du Hamas, al-Masirah, a annoncé que trois frappes avaient visé le camp du nord.",
        "trois frappes avaient visé", "reported/subject", "Al-Masirah"),
    "a_name_before_the_apposition_the_parse_made_subject": (
        "Paul Morin, le successeur de Jacques Durand, continue de défendre son bilan. Il a affirmé que la réforme "
        "serait votée avant l'été.", "la réforme serait votée", "reported/subject+pronoun", "Paul Morin"),
    "thanks_are_words": (
        "Le ministre Paul Roux a pris la parole. Il remercie « tous les élus présents d'avoir participé à ces longues "
        "réunions ».", "tous les élus présents", "introduced/subject+pronoun", "Paul Roux"),
    "an_expectation_is_words": (
        "La ministre Anne Caron a réagi vendredi. Elle s'attend à ce que des accords durables soient trouvés "
        "rapidement.", "des accords durables soient trouvés", "reported/subject+pronoun", "Anne Caron"),
    "a_subject_pronoun_before_stands_for_the_same_one": (
        "Mme Claire Morel a signé l'accord mardi au nom de son pays. Le texte a été paraphé à Washington. La "
        "cérémonie a duré deux heures. Les délégations sont reparties le soir même. Elle a ensuite visité le siège de "
        "l’Union africaine avec le Qatar. « Nous voulons une paix durable et réelle pour les populations », "
        "s’est-elle exprimée.", "une paix durable", "incise/inverted-pronoun", "Claire Morel"),
    "a_verb_says_what_follows_its_preposition": (
        "Le ministre Paul Lemaire a mis en garde mardi contre la montée des violences dans les banlieues du pays.",
        "la montée des violences", "reported/subject", "Paul Lemaire"),
    "the_head_of_a_body_named_by_its_french_acronym": (
        "Christine Lagarde a présenté les chiffres jeudi à Francfort. La patronne de la BCE a averti que l'inflation "
        "resterait élevée cette année.", "l'inflation resterait élevée", "reported/subject+reference",
        "Christine Lagarde"),
    "selon_an_office_then_a_titled_name": (
        "Selon le porte-parole de l'armée de l'air, le colonel Jean Martin, trois avions ont été abattus au-dessus "
        "de la ville.", "trois avions ont été abattus", "reported/selon", "Jean Martin"),
    "selon_an_office_then_its_holder_after_the_clause": (
        "Le président sortant a obtenu 58 % des voix au premier tour, selon le président de la commission électorale, "
        "le juge Paul Ndiaye.", "58 % des voix", "reported/selon", "Paul Ndiaye"),
    "selon_set_off_before_the_object_of_the_claim": (
        "Le président Paul Ferrand recevra, selon l'Élysée, le chancelier Olaf Berger jeudi.",
        "le chancelier Olaf Berger", "reported/selon", "Élysée Palace"),
    "a_speech_noun_of_a_body_named_before": (
        "Le ministère malien de la Défense a annoncé mardi l'ouverture d'une enquête. Selon un communiqué du ministère, "
        "trois soldats ont été tués lors de l'attaque.", "trois soldats ont été tués", "reported/selon+reference",
        "ministère malien de la Défense"),
    "a_medium_passes_on_what_another_confirmed": (
        "Le quotidien Le Monde rappelle que le ministre Paul Durand a confirmé avoir signé le décret la veille.",
        "avoir signé le décret", "reported/subject", "Paul Durand"),
    "a_relative_clause_that_reports_nothing_does_not_cut_the_words": (
        "Jean Dupont affirme que le président, qui a parlé hier soir, va quitter son poste avant l'été.",
        "va quitter son poste", "reported/subject", "Jean Dupont"),
    "a_feminine_demonstrative_is_the_woman_named_before": (
        "Marie Dupont a interpellé le ministre Paul Ricard mardi. Celle-ci a affirmé que le texte était mauvais "
        "depuis le début.", "le texte était mauvais", "reported/subject+reference", "Marie Dupont"),
    "unnamed_source_after_a_day": (
        "Xi Jinping a approché le prince héritier lors de sa visite, a affirmé mercredi un responsable saoudien sous "
        "couvert d'anonymat. Le prince Fayçal ben Farhane a reçu lundi le ministre chinois. « La Chine est un acteur "
        "majeur de la stabilité du Golfe », a insisté le responsable saoudien.",
        "approché le prince héritier", "reported/inverted-subject", "responsable saoudien"),
    "same_description_again": (
        "Xi Jinping a rencontré le prince héritier lors de sa visite, a affirmé jeudi un responsable saoudien sous "
        "couvert d'anonymat. Le prince Fayçal ben Farhane a reçu lundi le ministre chinois. « La Chine est un acteur "
        "majeur de la stabilité du Golfe », a insisté le responsable saoudien.",
        "acteur majeur de la stabilité", "incise/subject", "responsable saoudien"),
    "verb_after_a_quotation_of_two_sentences": (
        "Le ministre Paul Girard a rencontré son homologue. « Pour l'Iran en particulier, la Chine est le premier "
        "partenaire. Son influence est importante et il ne peut y avoir » d'autre médiateur ayant le même poids, a "
        "déclaré le ministre.", "la Chine est le premier", "governed/subject+reference", "Paul Girard"),
    "inverted_subject_past_a_circumstance_without_a_comma": (
        "« Dans l'histoire de notre ville, il y aura une trace », avait lancé avant le vote le maire de Lyon, "
        "estimant que « la question aurait dû conduire les élus à voter ».", "histoire de notre ville",
        "incise/inverted-subject", "maire de Lyon"),
    "participle_after_a_verb_that_needs_its_quotation": (
        "« Ce budget est insincère », a lancé la députée Les Républicains de la Manche, affirmant que le texte « ne "
        "passera jamais au Sénat ».", "ne passera jamais", "reported/subject",
        "députée Les Républicains de la Manche"),
    "inverted_title_the_parse_cut_in_pieces": (
        "« Vous ne venez jamais », a lancé la maire Les Républicains du 3e arrondissement de la capitale, affirmant "
        "que le maire « ne siège plus ».", "Vous ne venez jamais", "incise/inverted-subject", "maire"),
    "subject_whose_apposition_names_a_minister": (
        "La CGT, adversaire du ministre Pierre Dupont, a dénoncé « une provocation inacceptable ».",
        "provocation inacceptable", "reported/subject", "CGT"),
    "auxiliary_before_an_aside": (
        "Le parti d'opposition Renouveau, rival du président Marc Aldo, a pour sa part dénoncé « une mise en scène » "
        "visant à détourner l'attention.", "mise en scène", "reported/subject", "Renouveau"),
    "que_after_an_aside_between_dashes": (
        "Le ministre Paul Durand a expliqué – selon ce qu'a rapporté l'agence Reuters – que la rencontre avait porté "
        "sur la sécurité des frontières.", "rencontre avait porté", "reported/subject", "Paul Durand"),
    "given_name_spelt_as_a_state": (
        "« Vous aviez promis de vous expliquer », lui a lancé le président du tribunal, Dominique Lavergne, en "
        "ouvrant l'audience.", "promis de vous expliquer", "incise/inverted-subject", "Dominique Lavergne"),
    "elle_after_a_minister_described_not_a_masculine_body": (
        "Le Conseil fédéral réfute l'analyse. Les échanges entre les deux pays sont équilibrés, a fait valoir la "
        "ministre des finances.\n\nElle a noté que le président américain ne se focalisait pas sur la balance.",
        "ne se focalisait pas", "reported/subject", "ministre des finances"),
    "plural_chiefs_inverted": (
        "« Les services l'analysent attentivement », ont indiqué les chefs d'état-major de l'armée de l'air dans un "
        "communiqué.", "services l'analysent attentivement", "incise/subject",
        "chefs d'état-major de l'armée de l'air"),
    "indefinite_sources_after_the_agency_they_spoke_to": (
        "Des civils figurent parmi les victimes de l'embuscade, ont indiqué mardi à l'AFP des sources locales.",
        "civils figurent parmi les victimes", "reported/inverted-subject", "sources locales"),
    "verb_the_tagger_takes_for_a_noun": (
        "« Aucun candidat ne s'est effondré », analyse Marc Lenoir, correspondant de la radio à Washington.",
        "Aucun candidat ne s'est effondré", "incise/inverted-subject", "Marc Lenoir"),
    "pour_after_a_connective": (
        "Le ministre a présenté la loi mardi. Cependant, pour Anne Roy, « c'est une faute politique, contraire à la "
        "séparation des pouvoirs ».", "faute politique", "introduced/selon", "Anne Roy"),
    "qui_after_a_name_the_parse_hung_elsewhere": (
        "Plusieurs ministres ont annoncé leur venue au sommet de Genève, à l'exception du président Marc Aldo, qui "
        "a déclaré qu'aucun ministre n'assisterait à l'événement.",
        "aucun ministre n'assisterait", "reported/subject", "Marc Aldo"),
    "reported_words_with_fragments_quoted_across_a_participle": (
        "M. Durand a souligné que son gouvernement s'engage à une « reconstruction calme et patiente », invitant "
        "toutes les parties à rejoindre son gouvernement dans sa « mission de renouveau national ».",
        "son gouvernement s'engage", "reported/subject", "Durand"),
    "participle_not_led_by_a_verb_between_dashes": (
        "Le ministre Paul Durand a expliqué – selon ce qu'a rapporté l'agence Reuters – que la visite avait abordé "
        "divers dossiers, ajoutant : « Les relations connaissent un progrès évident ».", "progrès évident",
        "introduced/participle", "Paul Durand"),
    "participle_after_the_incise_of_a_quotation_of_two_sentences": (
        "Le ministre Paul Durand a tenu une conférence. « Le peuple sera appelé à décider. La réponse est non », "
        "a-t-il déclaré, estimant qu'aucun responsable ne peut préférer un régime d'exception.",
        "aucun responsable ne peut préférer", "reported/inverted-pronoun", "Paul Durand"),
    "de_complement_of_a_pronominal_verb_with_a_quoted_fragment": (
        "Ce matin, Paul Durand s'est félicité du choix « très clair des électeurs » pour le centre-droit.",
        "choix « très clair des électeurs", "reported/subject", "Paul Durand"),
    "capitalised_quotation_after_an_article_is_a_fragment": (
        "Paul Durand a souligné l'importance du « Référendum constitutionnel prévu le 21 septembre ».",
        "souligné l'importance", "reported/subject", "Paul Durand"),
    "office_with_an_adjective_of_status": (
        "La Première ministre Claire Vidal a défendu la réforme. « Le président a tort », a ajouté la Première "
        "ministre sortante.", "Le président a tort", "incise/inverted-subject+office", "Claire Vidal"),
    "colon_after_a_verb_of_saying_that_an_outlet_reports": (
        "Le quotidien La Voix rapporte que le ministre Paul Durand a déclaré devant les députés : « Je connais ce "
        "dossier depuis 2007 ».", "Je connais ce dossier", "introduced/subject", "Paul Durand"),
    "a_bill_criticised": ("Les syndicats ont dénoncé lundi le projet de loi sur les retraites devant le Parlement.",
                          "projet de loi sur les retraites", "reported/subject", "syndicats"),
    "locution_whose_complement_is_said": (
        "Des témoins ont fait état de tirs nourris dans le quartier nord de la ville pendant la nuit.",
        "tirs nourris dans le quartier nord", "reported/subject", "témoins"),
    "observers_as_a_source": ("Des observateurs disent avoir relevé des irrégularités dans plusieurs bureaux de vote.",
                              "relevé des irrégularités", "reported/subject", "observateurs"),
    "locution_with_faire_and_no_parsed_subject": (
        "Yann Le Gall a fait remarquer que la campagne pour les élections municipales bat son plein actuellement.",
        "campagne pour les élections municipales", "reported/nearest-name", "Yann Le Gall"),
    "quoted_word_inside_one_of_two_reported_clauses": (
        "Dans une vidéo publiée sur son compte, Paul Girard a dénoncé des résultats « truqués » et accusé le Conseil "
        "régional d'avoir « menti aux électeurs » pendant la campagne.", "dénoncé des résultats",
        "reported/subject", "Paul Girard"),
    "claim_of_a_noun_of_speech": (
        "Des milliers de personnes ont défilé contre les affirmations du ministre Paul Girard selon lesquelles les "
        "enseignants, qui réclament une hausse, auraient obtenu gain de cause.", "auraient obtenu gain de cause",
        "reported/claim-noun", "Paul Girard"),
    "claim_cut_before_the_main_verb": (
        "Les affirmations de la ministre Claire Vidal selon lesquelles le chômage aurait baissé de 2 % manquent de "
        "sérieux, selon les économistes.", "chômage aurait baissé de 2 %", "reported/claim-noun", "Claire Vidal"),
    "negation_inside_the_quotation": (
        "Interrogé sur une éventuelle démission, Paul Girard a répondu « certainement pas, je reste à mon poste ».",
        "je reste à mon poste", "introduced/subject", "Paul Girard"),
    "verb_with_its_own_tense_parsed_as_a_complement": (
        "Et à la question de savoir si le club serait vendu si Marc Roux l'avait appelé, Paul Girard a répondu "
        "« certainement pas, je ne l'aurais même pas reçu ».", "aurais même pas reçu", "introduced/subject",
        "Paul Girard"),
    "quotation_after_reported_speech_goes_with_it": (
        "Marc Roux, président du club, est sous pression depuis lundi. « Nous ne lâcherons rien », a lancé la "
        "ministre Claire Vidal. Le président du club a affirmé n'avoir jamais reçu la lettre. « Cela ne correspond "
        "à rien. »", "correspond à rien", "after-a-speaker", "Marc Roux"),
    "quotation_hung_on_a_verb_past_a_phrase": (
        "Le journal a cité un responsable qui a déclaré que l'accord était signé, bien que la ministre de la Santé, "
        "Claire Vidal, ait ensuite insisté sur le réseau social X « qu'à cette heure, il n'y a aucun accord sur les "
        "salaires ».", "aucun accord sur les salaires", "introduced/subject", "Claire Vidal"),
    "office_of_the_realm": ("Le président Marc Aldo a inauguré mardi le nouveau pont. Selon le président du pays, "
                            "l'ouvrage changera la vie des habitants de la vallée.",
                            "changera la vie", "reported/selon+office", "Marc Aldo"),
    "incise_subject": ("« Les négociations avancent lentement », a déclaré Olaf Scholz.",
                       "négociations avancent", "incise/subject", "Olaf Scholz"),
    "incise_past_circumstances": (
        "« Le barrage a été endommagé », a dénoncé jeudi, après l'avoir visité, le ministre Andrii Sybiha.",
        "barrage a été endommagé", "incise/inverted-subject", "Andrii Sybiha"),
    "incise_clitic": ("Olaf Scholz est arrivé à Kiev mardi. « Nous resterons aux côtés de l'Ukraine », a-t-il martelé.",
                      "resterons aux côtés", "incise/inverted-pronoun", "Olaf Scholz"),
    "introduced": ("Emmanuel Macron a déclaré : « L'Europe doit se réarmer sans attendre. »",
                   "Europe doit se réarmer", "introduced/subject", "Emmanuel Macron"),
    "introduced_by_colon_line": ("Rafael Grossi a évoqué la coopération avec Téhéran :\n\n"
                                 "« Les inspecteurs pourront revenir dans les prochains jours. »",
                                 "inspecteurs pourront revenir", "introduced/subject", "Rafael Grossi"),
    "selon": ("Selon Sergueï Lavrov, « les discussions sont dans une impasse ».", "discussions sont dans",
              "introduced/selon", "Sergei Lavrov"),
    "continued": ("« Nous ne céderons pas », a déclaré Benjamin Netanyahou. « Nos soldats iront jusqu'au bout. »",
                  "soldats iront jusqu", "continued", "Benjamin Netanyahu"),
    "label_colon": ("Mark Rutte : « L'Alliance est plus unie que jamais. »", "Alliance est plus unie",
                    "label-colon", "Mark Rutte"),
    "passive_agent": ("Le Hamas est accusé par Israël de violer la trêve conclue en janvier.",
                      "violer la trêve", "reported/passive-agent", "Israel"),
    "coordinated": ("Keir Starmer a salué l'accord avec Kiev, puis il a rencontré des soldats et a affirmé que "
                    "Londres enverrait des instructeurs.", "Londres enverrait", "reported/coordinated", "Keir Starmer"),
    "office": ("Sergueï Lavrov s'est rendu à Pékin lundi. Le chef de la diplomatie russe a affirmé que la "
               "coopération avec la Chine n'avait pas de limites.", "coopération avec la Chine",
               "reported/subject+office", "Sergei Lavrov"),
    "honorific_before_a_common_word": ("« Les négociations reprendront lundi », a promis Marc Tient, délégué du "
                                       "syndicat. « Rien n'est signé », a ajouté M. Tient aux grévistes.",
                                       "Rien n'est signé", "incise/inverted-subject", "Marc Tient"),
    "a_en_croire": ("Le sommet de Nice sera reporté à l'automne, à en croire Gérard Lemoine.", "sommet de Nice sera",
                    "reported/selon", "Gérard Lemoine"),
    "party_in_brackets_heads_it": ("Le président du MR, Marc Lefèvre, a reçu les négociateurs. Le formateur Paul "
                                   "Janssens (Groen) a rencontré le roi mardi. « Il reste des obstacles », a expliqué "
                                   "le président de Groen à la presse.", "reste des obstacles",
                                   "incise/subject+reference", "Paul Janssens"),
    "epithet_after_a_colon_label": ("Parmi les opposants au maire, Paul Girard : « Le maire doit partir sans "
                                    "attendre », déclare l'élu LR.", "maire doit partir", "incise/subject+reference",
                                    "Paul Girard"),
    "epithet_of_the_one_person_before": ("Autre critique, celle de Claire Dumas. L'élue Renaissance a demandé des "
                                         "comptes au maire : « Nous attendons des réponses », lance-t-elle.",
                                         "attendons des réponses", "incise/inverted-pronoun+reference", "Claire Dumas"),
    "verb_before_a_clitic_whatever_its_tag": ("Pour Marc Leroy, \"ce serait une erreur. Il faut mesurer les choses\", "
                                              "estime-t-il sur RTL.", "mesurer les choses",
                                              "incise/inverted-pronoun", "Marc Leroy"),
    "chanted": ("\"Le peuple est avec nous\", a scandé Marc Leroy devant ses partisans.", "peuple est avec nous",
                "incise/inverted-subject", "Marc Leroy"),
    "thinks": ("Le député Jean Morel pense que la réforme des retraites est injuste.", "réforme des retraites est",
               "reported/subject", "Jean Morel"),
    "call_for_a_noun": ("Le pape a appelé à la création d'un corridor humanitaire entre les deux pays.",
                        "création d'un corridor", "reported/subject", "pape"),
    "one_of_them_inverted": ("« Le mouvement continuera tout l'été », a assuré un de ses responsables.",
                             "mouvement continuera", "incise/inverted-subject", "un de ses responsables"),
    "bare_institution": ("« Le trafic reste normal sur les grandes lignes », a indiqué à la presse la direction.",
                         "trafic reste normal", "incise/subject", "direction"),
    "affirmed_object": ("Le Premier ministre Marc Leroy a affirmé son soutien total à la décision du gouvernement.",
                        "soutien total", "reported/subject", "Marc Leroy"),
    "incise_past_a_relative_clause_before_the_quote": (
        "Paul Girard, coprésident du PS, a salué l'action de Mme Morel, qui a toujours défendu les salariés : « Elle "
        "a fait avancer l'égalité salariale. Avec passion, crédibilité, estime », a tweeté Paul Girard.",
        "fait avancer l'égalité", "incise/inverted-subject", "Paul Girard"),
    "a_clause_of_its_own_after_et": ("Dans le salon, le ministre belge explique un peu plus tard qu'il reviendra en "
                                     "été, et Donald Trump lance même : « J'aime bien sa cravate ».",
                                     "aime bien sa cravate", "introduced/subject", "Donald Trump"),
    "inverted_subject_before_its_relative_clause": (
        "\"La Grèce n'est plus seule\", s'est réjoui le chef du gouvernement populiste grec Nikos Andreou qui avait "
        "fait monter la pression sur ses partenaires européens. Il avait bloqué l'adoption des conclusions.",
        "Grèce n'est plus seule", "incise/inverted-subject", "Nikos Andreou"),
    "one_of_them_by_pronoun": ("« On se demande si ce métier a encore un avenir », explique l'un d'eux devant le "
                               "palais de justice.", "métier a encore un avenir", "incise/inverted-subject",
                               "un d'eux"),
    "believes_inverted": ("Le gouvernement régional ne veut pas réellement négocier avec Paris, croit le ministre "
                          "de l'Industrie, Paul Girard.", "ne veut pas réellement", "reported/subject", "Paul Girard"),
    "selon_a_pronoun_before_a_name": ("Paul Girard a quitté la réunion. Selon lui, le gouvernement de Marc Lenoir "
                                      "veut surtout discuter sur la place publique.", "veut surtout discuter",
                                      "reported/selon+pronoun", "Paul Girard"),
    "kin_is_the_relative_s_relative": ("Marie Dubois a lancé un avertissement mardi. Elle a annoncé que la situation "
                                       "était grave. La sœur de Paul Lenko a ensuite affirmé que les ballons ne "
                                       "contenaient que du papier.", "ballons ne contenaient",
                                       "reported/subject+reference", "Marie Dubois"),
    "metonym": ("La Farnesina a démenti toute négociation secrète avec les syndicats.", "toute négociation secrète",
                "reported/subject+metonymy", "Italy"),
    "relay_reversed": ("« Nos frappes continueront », a écrit Abbas Araghchi, a rapporté l'agence Tasnim.",
                       "frappes continueront", "incise/subject", "Abbas Araghchi"),
    "mixed_quotation": ("Donald Trump refuse sa défaite. L'élection est « loin d'être terminée », a-t-il affirmé.",
                        "L'élection est", "incise/inverted-pronoun", None),
    "office_without_country": ("Olaf Scholz a reçu Emmanuel Macron à Berlin. « L'Europe doit s'unir », a déclaré "
                               "le chancelier.", "Europe doit s'unir", "incise/subject+office", "Olaf Scholz"),
    "pour_opening": ("Pour le chancelier Olaf Scholz, l'Europe doit se préparer à une longue confrontation.",
                     "Europe doit se préparer", "reported/selon+office", "Olaf Scholz"),
    "signed": ("« L'accord reste à portée de main », Laurence Tubiana, négociatrice française, le 3 décembre.",
               "accord reste à portée", "signed", "Laurence Tubiana"),
    "pronoun_first": ("« Nous ne céderons pas un pouce de terrain », a-t-il martelé. Le président Volodymyr Zelensky "
                      "s'exprimait devant le Parlement.", "céderons pas un pouce", "incise/inverted-pronoun",
                      "Volodymyr Zelensky"),
    "capitalised_title": ("Emmanuel Macron a reçu les dirigeants du G7 à Évian. « Le camp de la paix est uni », a "
                          "précisé le Président français.", "camp de la paix", "incise/subject+office",
                          "Emmanuel Macron"),
    "apposed_subject": ("La présidente du groupe à l'Assemblée nationale et députée du Nord, Marine Le Pen, a "
                        "rencontré mardi la Première ministre. Au cours de cette entrevue à l'Hôtel de Matignon, elle a "
                        "interpellé le gouvernement. Elle a également estimé que la réforme restera un traumatisme.",
                        "la réforme restera", "reported/subject+pronoun", "Marine Le Pen"),
    "name_then_description": ("Seyed Abbas Araghchi, le vice-ministre iranien des Affaires étrangères a déclaré, dans "
                              "une interview, que l'accord restait le plus grand acquis de l'Iran.",
                              "accord restait le plus grand acquis", "reported/subject", "Abbas Araghchi"),
    "infinitive_speaker": ("Après avoir affirmé que la ville était reprise, le gouverneur Serhiy Haïdaï a déclaré "
                           "lundi que la situation s'était détériorée.", "la ville était reprise",
                           "reported/infinitive", "Serhiy Haïdaï"),
    "nested_report": ("Sergueï Lavrov a assuré mardi au ministre chinois, en visite à Moscou, que la Russie "
                      "soutiendrait sans réserve la Chine.", "soutiendrait sans réserve",
                      "reported/subject", "Sergei Lavrov"),
    "participle_above": ("Le président américain Joe Biden a prévenu lundi que son pays défendrait Taïwan, "
                         "considérant que « Pékin joue avec le feu ».", "joue avec le feu",
                         "introduced/participle", "Joe Biden"),
    "selon_lesquelles": ("Sergueï Lavrov a démenti les informations selon lesquelles Moscou préparait une offensive.",
                         "Moscou préparait une offensive", "reported/subject", "Sergei Lavrov"),
    "definite_role": ("La porte-parole du gouvernement Maud Bregeon a annoncé un remaniement. La porte-parole du "
                      "gouvernement a précisé que la liste serait connue jeudi.", "la liste serait connue",
                      "reported/subject+reference", "Maud Bregeon"),
    "name_after_a_title_s_complement": ("Le candidat d'extrême droite Paul Marchand, qui a obtenu 20 % des voix, a "
                                        "qualifié cette décision de coup d'État.", "cette décision de coup",
                                        "reported/subject", "Paul Marchand"),
    "pronoun_of_a_described_person": ("« Je suis surpris. » Telle a été la réaction de l'avocate de la famille après "
                                      "l'audience. Pour elle, le dossier de l'accusation est vide.",
                                      "dossier de l'accusation", "reported/selon", "avocate de la famille"),
    "name_after_an_acronym_in_brackets": ("« Les élèves paieront », a déploré en entrevue la présidente de la Fédération "
                                          "des enseignants (FDE), Julie Marchand.", "élèves paieront",
                                          "incise/inverted-subject", "Julie Marchand"),
    "inner_incise_in_a_compound_tense": ("Le président du comité a haussé le ton. « Il est regrettable de voir ces "
                                         "divisions, a-t-il déclaré en conférence de presse. Nous devons rester unis. »",
                                         "regrettable de voir", "inner-incise/inverted-pronoun", None),
    "account_opened_by_selon": ("Le conseil municipal s'est réuni jeudi soir. Selon Marie Lenoir, Paul Girard a "
                                "critiqué sa proposition : « Après une longue discussion, mon aide n'a pas abouti. » "
                                "La séance a été levée à minuit.", "mon aide n'a pas abouti", "introduced/selon",
                                "Marie Lenoir"),
    "relative_clause_of_a_pour_phrase": ("Pour Luc Morel, secrétaire général du syndicat, qui a annoncé que son syndicat "
                                         "participerait à la réunion, le dialogue doit reprendre.",
                                         "son syndicat participerait", "reported/subject", "Luc Morel"),
    "pronoun_named_only_after": ("« Nous ne céderons pas », a-t-elle affirmé devant l'Assemblée nationale. Anne Roy "
                                 "répondait ainsi aux critiques de l'opposition.", "ne céderons pas",
                                 "incise/inverted-pronoun", "Anne Roy"),
    "summed_up_after_the_quotation": ("Le verdict est tombé mardi. « Je suis sidéré. » Telle a été la réaction de Me "
                                      "Paul Durand, l'avocat du prévenu.", "Je suis sidéré", "summed-up", "Paul Durand"),
    "colon_at_the_end_of_a_line": ("La réforme a été votée mardi. Anne Roy était la plus prompte à réagir sur son "
                                   "compte :\n« La réforme est une erreur historique. »", "erreur historique",
                                   "colon-subject", "Anne Roy"),
    "relative_que": ("Moscou a toujours démenti tout transfert d'armes, que le chef du Pentagone, Lloyd Austin, a "
                     "qualifié de « dangereux et inacceptable ».", "dangereux et inacceptable",
                     "introduced/subject", "Lloyd Austin"),
    "name_before_incise_verb": ("« Nous sommes très préoccupés par ces essais », Sabrina Singh a dit lors d'un point "
                                "de presse.", "très préoccupés", "incise/subject", "Sabrina Singh"),
    "described_antecedent": ("Des élus ont rencontré Joe Biden mardi. Le président américain s'est ensuite entretenu "
                             "avec Keir Starmer. « Nous allons gagner », a-t-il affirmé.", "Nous allons gagner",
                             "incise/inverted-pronoun+office", "Joe Biden"),
    "quoted_subject_is_no_antecedent": ("Donald Trump a reçu des journalistes mardi. « Le président Poutine m'a dit "
                                        "qu'il était d'accord », a-t-il signalé.", "Poutine m'a dit",
                                        "incise/inverted-pronoun", "Donald Trump"),
    "narrative_infinitive": ("« La saison a été longue », a reconnu Didier Deschamps. Et d'ajouter : « Les joueurs "
                             "méritent du repos avant l'été. »", "joueurs méritent du repos",
                             "introduced/narrative-infinitive", "Didier Deschamps"),
    "selon_around_a_fragment": ("Selon Dmitri Peskov, la rencontre pourrait aboutir à « des avancées » dès la semaine "
                                "prochaine à Riyad.", "rencontre pourrait aboutir", "reported/selon", "Dmitry Peskov"),
    "authorities_of_a_state": ("Les autorités marocaines ont annoncé que la frontière resterait fermée tout l'hiver.",
                               "frontière resterait fermée", "reported/subject+reference", "Morocco"),
    "guillemet_as_closing_mark": ("« Ces accusations sont dénuées de tout fondement« , a répliqué Hakan Fidan devant la "
                                  "presse.", "accusations sont dénuées", "incise/inverted-subject", "Hakan Fidan"),
    "colon_after_a_cleft": ("La ministre refuse, et c'est Paul Martin qui donne le signal du départ : « Rendez-vous "
                            "demain dans la rue. »", "Rendez-vous demain", "colon-subject", "Paul Martin"),
    "speech_frame_of_an_attempt": ("Quelques minutes plus tard, Claire Dubois tente de relativiser : « Chaque syndicat "
                                   "a pu parler librement. »", "Chaque syndicat a pu", "introduced/infinitive",
                                   "Claire Dubois"),
    "one_of_the_people_described": ("Dans un entretien à la radio, l'une des passagères du bus estime que le chauffeur "
                                    "était en tort.", "chauffeur était en tort", "reported/subject",
                                    "une des passagères du bus"),
    "colon_after_a_subject": ("Le syndicaliste Marc Vidal, délégué de l'usine de Douai, est amer : « On nous a menti "
                              "pendant des mois. »", "On nous a menti", "colon-subject", "Marc Vidal"),
    "selon_with_a_name_set_off": ("Selon l'un de ses avocats, Pierre Durand, le procès devrait durer trois "
                                  "semaines.", "procès devrait durer", "reported/selon", "Pierre Durand"),
    "institution_by_description": ("« Douze blessés ont été admis cette nuit », a annoncé le centre hospitalier de "
                                   "Nahariya.", "Douze blessés", "incise/inverted-subject",
                                   "centre hospitalier de Nahariya"),
    "party_group": ("« Nous voterons contre ce texte », a expliqué le groupe parlementaire du Rassemblement national.",
                    "voterons contre ce texte", "incise/subject", "Rassemblement national"),
    "name_inside_a_complement": ("« Nous ne répondrons pas », a déclaré Emmanuel Macron. « Le peuple espagnol est notre "
                                 "ami », a rétorqué le Président en réponse aux critiques du dirigeant espagnol Pedro "
                                 "Sánchez.", "peuple espagnol est notre ami", "incise/inverted-subject+office",
                                 "Emmanuel Macron"),
    "il_tagged_impersonal": ("Pedro Sánchez a parlé à Séville. Il a indiqué que l'Espagne enverrait des médecins.",
                             "Espagne enverrait des médecins", "reported/subject+pronoun", "Pedro Sánchez"),
    "il_prefers_a_person_to_an_agency": ("Le président Lula veut protéger l'Amazonie, a indiqué l'agence Reuters."
                                         "\n\nIl a toutefois précisé que « la forêt ne sera pas sacrifiée ».",
                                         "forêt ne sera pas sacrifiée", "introduced/subject+office",
                                         "Luiz Inácio Lula da Silva"),
    "titled_person": ("« Le dossier est vide », a plaidé l'avocate Claire Morel. La cour a suspendu l'audience à "
                      "midi, a raconté l'avocate.", "cour a suspendu", "reported/inverted-subject+reference",
                      "Claire Morel"),
    "elle_skips_a_man": ("Olaf Scholz a rencontré Ursula von der Leyen à Bruxelles. « Nous devons investir davantage "
                         "dans la défense », a-t-elle estimé.", "investir davantage", "incise/inverted-pronoun",
                         "Ursula von der Leyen"),
    "il_skips_a_woman": ("Anne Hidalgo a reçu Jean Castex lundi. Il a assuré que les crédits seraient versés en mars.",
                         "crédits seraient versés", "reported/subject+pronoun", "Jean Castex"),
    "possessed_spokesman": ("La présidente Maria Lindqvist ne quittera pas son poste, a déclaré mardi son porte-parole. "
                            "Le porte-parole a ensuite répondu : « Non. »", "Non.", "introduced/subject",
                            "porte-parole de Maria Lindqvist"),
    "possessed_of_a_body": ("L'armée indienne a démenti les tirs. « Aucun soldat n'a franchi la ligne », a indiqué son "
                            "porte-parole.", "Aucun soldat", "incise/subject", "porte-parole de l'armée indienne"),
    "qualified_description": ("Pour Jean Dufour, secrétaire général de la FNTE, la grève est légitime. Le responsable "
                              "syndical ira à Matignon. « Nous parlerons des salaires », a-t-il lancé.",
                              "parlerons des salaires", "incise/inverted-pronoun", "Jean Dufour"),
    "role_of_a_named_body": ("« Il n'y a aucun danger pour les voyageurs », estime le patron de la SNCF.",
                             "aucun danger", "incise/subject", "patron de la SNCF"),
    "role_of_a_place": ("« Les travaux commenceront en mai », a annoncé le maire de Lyon, sur un ton ferme envers "
                        "le maire LR du 2e arrondissement.", "travaux commenceront", "incise/inverted-subject",
                        "maire de Lyon"),
    "description_ends_at_its_audience": ("« Le pont sera rouvert jeudi », a déclaré le directeur de la RATP sur France "
                                         "Info.", "pont sera rouvert", "incise/subject", "directeur de la RATP"),
    "description_named_afterwards": ("« Un accord est possible », a indiqué le conseiller à la sécurité nationale de la "
                                     "Maison Blanche. « Nous espérons conclure cette semaine », a encore dit Jake "
                                     "Sullivan.", "Un accord est possible", "incise/subject", "Jake Sullivan"),
    "pronoun_before_any_name": ("« Les trains rouleront demain », a-t-il promis. « Personne n'est en danger », "
                                "estime le directeur du réseau régional.", "trains rouleront demain",
                                "incise/inverted-pronoun", "directeur du réseau régional"),
    "pronoun_before_a_described_subject": ("« La réforme ira jusqu'au bout », a-t-il assuré. Le directeur de "
                                           "l'hôpital a ensuite quitté la salle sous les huées.", "réforme ira",
                                           "incise/inverted-pronoun", "directeur de l'hôpital"),
    "label_line_then_paragraph": ("Les réactions des élus :\nMarie Dubois :\nJe suis fière du travail accompli "
                                  "par notre équipe municipale.\n", "fière du travail", "label-colon", "Marie Dubois"),
    "label_line_then_quotation": ("Les réactions des élus :\nPaul Girard :\n« Le conseil a trahi ses électeurs. »\n",
                                  "conseil a trahi", "label-colon", "Paul Girard"),
    "incise_glued_to_the_closing_mark": ("Paul Girard a visité le chantier. « Les travaux avancent bien».dit-il.",
                                         "travaux avancent", "governed/inverted-pronoun", "Paul Girard"),
    "quotation_then_colon": ("« Personne n'est au-dessus des lois » : le procureur Marc Lenoir a requis mardi deux "
                             "ans de prison contre l'ancien maire.", "Personne n'est au-dessus", "colon-after",
                             "Marc Lenoir"),
    "kind_of_body_named_before": ("L'Union des producteurs laitiers a manifesté lundi devant la préfecture de Rennes. "
                                  "L'organisation professionnelle a dénoncé une réforme injuste.", "réforme injuste",
                                  "reported/subject+reference", "Union des producteurs laitiers"),
    "profession_as_epithet": ("« La dette doit être renégociée », a déclaré Paul Girard mardi. L'ancien banquier a "
                              "ajouté que les taux resteraient élevés.", "taux resteraient", "reported/subject+reference",
                              "Paul Girard"),
    "object_and_the_phrase_after_it": ("La maire Claire Vidal a souligné les retards dans la livraison des logements "
                                       "sociaux.", "retards dans la livraison", "reported/subject", "Claire Vidal"),
    "incise_in_the_middle": ("La hausse des loyers, a déclaré Claire Vidal, menace gravement le budget des "
                             "familles.", "menace gravement", "reported/inverted-subject", "Claire Vidal"),
    "incise_in_the_middle_before_a_verb": ("Cette décision, a estimé mardi le maire Paul Girard, est une erreur "
                                           "historique.", "est une erreur", "reported/inverted-subject", "Paul Girard"),
    "selon_beside_another_speaker": ("Le maire Paul Girard a inauguré lundi le nouveau pont de la ville, selon le "
                                     "ministère de l'Intérieur, deux jours après que les syndicats ont dénoncé des "
                                     "retards.", "inauguré lundi le nouveau pont", "reported/selon",
                                     "ministère de l'Intérieur"),
    "could_not_help_saying": ("Paul Girard n'a pas pu s'empêcher de rappeler qu'il souhaitait voir la ville devenir "
                              "la capitale du pays.", "souhaitait voir la ville", "reported/infinitive", "Paul Girard"),
    "topic_line_of_a_live_blog": ("Paul Girard donne sa conférence de presse annuelle ce jeudi.\n\n14-48 : Sur les "
                                  "tarifs des cantines : « La hausse restera limitée cette année. »",
                                  "hausse restera limitée", "topic-line", "Paul Girard"),
    "relative_as_unnamed_source": ("Le procès s'est achevé lundi. « La justice a bien travaillé », s'est exprimée la "
                                   "mère de la victime.", "justice a bien travaillé", "incise/inverted-subject",
                                   "mère de la victime"),
    "relative_clause_speaks": ("Pour Jean Dufour, qui a annoncé que son syndicat viendrait, la réunion sera brève.",
                               "son syndicat viendrait", "reported/subject", "Jean Dufour"),
    "pour_past_a_relative_clause": ("Pour Anne Morel, qui a affirmé que sa fédération viendrait, la réunion sera brève.",
                                    "la réunion sera brève", "reported/selon", "Anne Morel"),
    "que_clause_tagged_adverb": ("Procès à Lyon. L'avocat de la défense a déclaré mercredi que son client était innocent.",
                                 "son client était innocent", "reported/subject", "avocat de la défense"),
    "closing_mark_opens": ("“Je suis solidaire des voyageurs” a-t-il déclaré. ”Ce n’est pas un droit de retrait”, estime "
                           "le patron de la SNCF.", "pas un droit de retrait", "governed/inverted-subject",
                           "patron de la SNCF"),
    "presidente_is_no_man": ("Donald Trump menace l'Europe de droits de douane. Ursula von der Leyen a répondu à "
                             "Strasbourg. « Les droits de douane sont des taxes », a martelé la présidente de la "
                             "Commission.", "sont des taxes", "incise/inverted-subject+office", "Ursula von der Leyen"),
    "inverted_verb_frames_a_clause": ("La Chine espère que la France restera ouverte aux entreprises chinoises, a déclaré "
                                      "Xi Jinping à Emmanuel Macron.", "France restera ouverte",
                                      "reported/subject", "Xi Jinping"),
    "name_after_an_opening_adverbial": ("Éric Ciotti a dénoncé une cabale. De son côté Louis Aliot, qui a été condamné "
                                        "en 2023, a manifesté son indignation. Il a jugé que le verdict était une "
                                        "« intrusion dans le jeu électoral ».", "intrusion dans le jeu",
                                        "reported/subject+pronoun", "Louis Aliot"),
    "quote_subject_is_not_the_verb_s": ("« Nous espérons que, dans les prochains jours, nous pourrons conclure », a "
                                        "encore dit Jake Sullivan sur CNN.", "Nous espérons que",
                                        "incise/subject", "Jake Sullivan"),
    "spokesperson_passes_on": ("Le secrétaire général, Jean Martin, a appelé les deux camps à « cesser le feu sans "
                               "délai », a indiqué samedi son porte-parole, Paul Durand.", "cesser le feu",
                               "introduced/subject", "Jean Martin"),
    "participle_after_a_passive": ("Le président de l'association, Marc Dutour, est « profondément choqué » par les "
                                   "images de Goma, soulignant qu'« un accès humanitaire est urgent ».",
                                   "accès humanitaire est urgent", "introduced/participle", "Marc Dutour"),
    "adverbial_between_auxiliary_and_verb": ("Paulo Ferraz a promis de lutter contre la déforestation. Il a par "
                                             "ailleurs indiqué que le Brésil signerait l'accord avant l'été.",
                                             "signerait l'accord", "reported/subject+pronoun", "Paulo Ferraz"),
    "participle_after_a_main_clause": ("Carlos Mendes a mis en doute le vote électronique. Samedi il a cependant "
                                       "modéré sa position, affirmant qu'en cas de défaite, le résultat serait respecté.",
                                       "le résultat serait respecté", "reported/participle+pronoun", "Carlos Mendes"),
    "selon_set_off_inside_a_clause": ("Pékin a lancé jeudi des exercices au large de Taïwan, qui, selon elle, se "
                                      "poursuivront jusqu'à dimanche.", "se poursuivront jusqu'à dimanche",
                                      "reported/selon+metonymy", "China"),
    "selon_after_a_colon_and_a_collective_body": ("Une enquête vise Maria Lopez : selon l'opposition, ces résultats "
                                                  "sont la preuve de la fraude électorale.", "sont la preuve",
                                                  "reported/selon", "opposition"),
    "selon_between_two_halves": ("La frontière restera fermée, selon le ministre Paul Durand, jusqu'à la fin du mois "
                                 "de mars.", "jusqu'à la fin du mois", "reported/selon", "Paul Durand"),
    "c_est_ce_qu_a_declare": ("La réforme ne sera pas retirée. C'est ce qu'a déclaré mardi le ministre Paul Durand "
                              "devant les députés.", "réforme ne sera pas retirée", "reported/subject", "Paul Durand"),
    "no_incise_past_the_sentence": ("Anne Morel a déclaré : « Ce prix me touche beaucoup. » Marc Dutour a ensuite "
                                    "salué le jury : « Un choix courageux. »", "Ce prix me touche",
                                    "introduced/subject", "Anne Morel"),
    "elle_skips_a_man_by_his_title": ("Anne Morel a salué le jury. L'acteur ougandais Okello Mbeki lui a remis le "
                                      "prix. Elle a déclaré que ce jury avait été courageux.", "jury avait été courageux",
                                      "reported/subject+pronoun", "Anne Morel"),
    "present_reads_as_indicative": ("« Nous avons parlé des salaires », raconte un participant.",
                                    "parlé des salaires", "incise/inverted-subject", "participant"),
    "verb_form_tagged_as_another_word": ("Le Kremlin dément toute négociation secrète avec Kiev.",
                                         "toute négociation secrète", "reported/subject", "Kremlin"),
    "verb_form_after_an_adjective_that_ends_the_subject": (
        "Le ministre tunisien des Affaires sociales critique « le choix de certains pays de fermer leurs portes ».",
        "fermer leurs portes", "reported/subject", "ministre tunisien des Affaires sociales"),
    "verb_form_after_ce_dernier": ("Le juge Paul Morel a reçu les parties mardi. Ce dernier note que le dossier est "
                                   "incomplet.", "dossier est incomplet", "reported/subject+reference", "Paul Morel"),
    "verb_form_tagged_as_an_adjective": ("Le rapport de la Cour des comptes suggère que les aides soient réduites.",
                                         "aides soient réduites", "reported/subject", "Cour des comptes"),
    "a_commissioner_is_a_role": ("Le commissaire européen au Commerce, Piet Van Damme, était à Pékin. Le commissaire "
                                 "a estimé que les taxes chinoises étaient « inacceptables ».",
                                 "taxes chinoises", "reported/subject+reference", "Piet Van Damme"),
    "il_after_a_body_that_spoke": ("Le président Paul Kaboré a visité la caserne lundi.\n\n« Dix assaillants ont été "
                                   "tués », a indiqué le ministère de la Défense dans un communiqué. Il précise que "
                                   "des renforts ont été envoyés.", "renforts ont été envoyés", "reported/subject",
                                   "ministère de la Défense"),
    "il_after_a_body_that_spoke_and_a_person_named_since": (
        "« Dix assaillants ont été tués », a indiqué le ministère de la Défense. Le général Paul Roy s'est rendu sur "
        "place. Il a ajouté que des renforts avaient été envoyés.", "renforts avaient été envoyés",
        "reported/subject+pronoun", "Paul Roy"),
    "an_unnamed_speaker_ends_before_a_verb_tagged_as_a_noun": (
        "Au contraire, une ministre en exercice juge « le calendrier très mauvais » et considère que son collègue "
        "fait cavalier seul.", "calendrier très mauvais", "reported/subject", "ministre en exercice"),
    "a_rapporteur_is_a_role": ("La rapporteure du texte, Claire Dumas, a défendu l'amendement. « Ce texte protège "
                               "les locataires », a affirmé la rapporteure.", "protège les locataires",
                               "incise/inverted-subject+reference", "Claire Dumas"),
    "infinitive_after_a_frame": ("Interrogé sur ce point, le ministre Paul Durand s'est contenté de rappeler que "
                                 "le texte concernait « nos deux pays souverains ».", "nos deux pays souverains",
                                 "reported/infinitive", "Paul Durand"),
    "clitic_after_a_long_quotation": ("Le ministre Paul Durand a répondu aux critiques lundi. « Le projet avance. Les "
                                      "travaux commenceront en mai. Le budget est tenu. Les délais aussi. Personne ne "
                                      "sera oublié. Nous tiendrons parole », a-t-il déclaré.", "Le projet avance",
                                      "incise/inverted-pronoun", "Paul Durand"),
    "clitic_after_selon_opening": ("« Le dossier est vide », a déclaré Marc Lenoir. Pour Me Paul Durand, avocat de deux accusés, "
                                   "« la peine est trop lourde pour ce dossier », a-t-il ajouté.",
                                   "peine est trop lourde", "incise/inverted-pronoun", "Paul Durand"),
    "short_name_of_a_body": ("Le tribunal correctionnel de Lyon a condamné mardi le maire. Dans son jugement, le "
                             "tribunal considère que l'élu « a voulu cacher ses comptes ».", "cacher ses comptes",
                             "reported/subject", "tribunal correctionnel de Lyon"),
    "dative_is_not_the_speaker": ("« Vous avez trahi vos électeurs », lui a lancé Paul Renard.", "trahi vos électeurs",
                                  "incise/inverted-subject", "Paul Renard"),
    "gerund_speaks_for_the_main_subject": (
        "Sophie Marchal a assuré que le ministère publiera un rapport, en affirmant qu'il n'était « pas question de "
        "reculer ».", "pas question de reculer", "introduced/participle", "Sophie Marchal"),
    "role_with_its_qualifier": ("Le député LR Paul Martin et le député RN Marc Roux ont débattu mardi soir. « Ce texte "
                                "est une faute », a répondu le député LR.", "texte est une faute",
                                "incise/inverted-subject+reference", "Paul Martin"),
    "role_behind_an_epithet": ("Un sénateur centriste, le franco-suisse Luc Berger, a pris la parole. Anne Morel, "
                               "sénatrice socialiste, l'a interrompu. « Ce vote est une faute », a répondu le sénateur "
                               "franco-suisse.", "vote est une faute", "incise/inverted-subject+reference", "Luc Berger"),
    "definite_role_nobody_holds": ("La réforme des retraites sera votée en mars. « Le texte est prêt », a expliqué la "
                                   "ministre devant les sénateurs.", "texte est prêt", "incise/inverted-subject",
                                   "ministre"),
    "singular_of_a_plural_source": ("« Nous ne partirons pas sans réponse ! » crie un enseignant devant la préfecture.",
                                    "partirons pas sans", "incise/inverted-subject", "enseignant"),
    "quote_glued_to_a_full_stop": ("Le cortège a rejoint la place vers midi.\"On ne lâchera rien!\" lance un manifestant "
                                   "en tête du cortège.", "lâchera rien", "incise/inverted-subject", "manifestant"),
    "office_with_a_demonym_inside": ("Le ministre slovène des Affaires étrangères, Marko Zupan, a été reçu mardi par "
                                     "les députés. Le député Luka Novak l'a interrogé sur la frontière. « Nous "
                                     "n'avons aucune troupe sur place », a déclaré le chef de la diplomatie slovène.",
                                     "aucune troupe sur place", "incise/inverted-subject+office", "Marko Zupan"),
    "participle_hung_on_its_auxiliary": ("Marko Zupan a répondu aux députés lundi. Il a en outre affirmé que la "
                                         "frontière restait ouverte.", "frontière restait ouverte",
                                         "reported/subject+pronoun", "Marko Zupan"),
    "name_tagged_as_an_adjective_before_the_subject": (
        "« La paix est possible », a assuré jeudi depuis Kiev le président ukrainien Volodymyr Zelensky.",
        "paix est possible", "incise/inverted-subject", "Volodymyr Zelensky"),
    "participle_tagged_as_a_name": ("« Nous serons prêts », a tweeté Jean Martin dimanche.", "serons prêts",
                                    "incise/inverted-subject", "Jean Martin"),
    "verb_tagged_as_a_noun": ("« Rien n'est décidé », nuance toutefois un conseiller de l'Élysée.", "Rien n'est décidé",
                              "incise/inverted-subject", "conseiller de l'Élysée"),
    "entourage_speaks": ("« Rien n'est décidé », a fait savoir l'entourage du Premier ministre.", "Rien n'est décidé",
                         "incise/inverted-subject", "entourage du Premier ministre"),
    "quotation_after_a_sentence_of_saying": ("Anne Roy, présidente de la région, a pris la parole en fin de matinée."
                                             "\n\n« C'est une journée historique pour nos territoires. »",
                                             "journée historique", "after-a-speaker", "Anne Roy"),
    "epithet_that_is_also_a_source_noun": ("Paul Girard ne décolère pas. « C'est une trahison », lâche l'élu.",
                                           "une trahison", "incise/subject+reference", "Paul Girard"),
    "words_after_a_colon": ("Jean Martin l'a répété lundi : la réforme sera menée à son terme.",
                            "réforme sera menée", "reported/subject", "Jean Martin"),
    "person_before_where_he_speaks": ("Jean Martin à Matignon : « Le dialogue reprendra lundi »", "dialogue reprendra",
                                      "label-colon", "Jean Martin"),
    "coordinated_after_a_passive": ("Le ministre Paul Girard a été interrogé à Lyon et a précisé que la réforme "
                                    "serait votée en mars.", "réforme serait votée", "reported/coordinated",
                                    "Paul Girard"),
    "definite_source_noun_with_nobody_before": ("Il s'agit d'une faute grave, a estimé le procureur devant la cour.",
                                                "une faute grave", "reported/inverted-subject", "procureur"),
    "words_after_a_comme_clause": ("Comme l'a rappelé Jean Martin lundi, la loi s'applique à tous.",
                                   "loi s'applique", "reported/subject", "Jean Martin"),
    "indefinite_role_is_unnamed": ("Un député RN a crié « Retournez à vos bancs » pendant la séance.",
                                   "Retournez à vos bancs", "introduced/subject", "député RN"),
    "particle_cut_by_a_space": ("Al -Hakim a déclaré que les élections auraient lieu en mars.", "élections auraient",
                                "reported/subject", "Al-Hakim"),
    "name_joined_to_a_noun_is_no_subject": (
        "La porte-parole Nadia Berrada a déclaré que le dialogue continuait. On lui a demandé si la médiation entre la Turquie et la "
        "Grèce était possible. Elle a souligné que « rien n'est encore fait ».", "rien n'est encore fait",
        "introduced/subject+pronoun", "Nadia Berrada"),
    "circumstance_between_auxiliary_and_verb": (
        "L’armée israélienne a dans la nuit indiqué avoir «frappé et éliminé le commandant Youssef Al-Amine Saleh dans "
        "le village de Kfar, au sud du pays».", "éliminé le commandant", "introduced/subject", "Israel Defense Forces"),
    "perfect_infinitive_before_a_quotation": ("Le maire Paul Girard a conclu avoir « tout tenté pour sauver l'usine ».",
                                              "tout tenté", "introduced/subject", "Paul Girard"),
    "aside_after_an_inverted_verb": ("Paul Girard a parlé. Ce n'est pas une question de budget mais de société, estime "
                                     "quant à elle la fédération des cheminots.", "question de budget",
                                     "reported/inverted-subject", "fédération des cheminots"),
    "inverted_subject_after_a_clause_of_its_own": (
        "Le ministre Paul Girard s'est entretenu avec son homologue, le général Ivan Sokolov, de la situation au port, a "
        "annoncé le ministère de la Défense sur son site.", "situation au port", "reported/inverted-subject",
        "ministère de la Défense"),
    "bracketed_body_of_a_description_before_a_comma": (
        "Jean Ekambi (UNPC) a rejeté les chiffres. « Notre victoire est claire », a déclaré le candidat de l'UNPC, "
        "visiblement ému.", "victoire est claire", "incise/inverted-subject+reference", "Jean Ekambi"),
    "quotation_sourced_after": (
        "Le Premier ministre Paul Girard a revendiqué la victoire mardi aux législatives mais avec une majorité réduite, "
        "« puni par les électeurs » d’après l’opposition.", "puni par les électeurs", "introduced/selon", "opposition"),
    "quotation_a_participle_introduces_before_a_medium": (
        "Le général Paul Girard a salué la participation des soldats à la défense de la ville, louant leur « détermination "
        "et courage », selon le magazine Défense Hebdo.", "louant leur « détermination et courage »", "reported/subject",
        "Paul Girard"),
    "relay_inside_a_clause_after_a_comma": (
        "Les ministres se sont réunis à Bruxelles pour parler de migration, un sujet sur lequel l’Europe joue son destin "
        "selon Anne Merkel.", "l’Europe joue son destin", "reported/selon", "Anne Merkel"),
    "word_a_calling_verb_gives": ("Paul Girard a également qualifié les relations entre les deux pays d'« alliance "
                                  "invincible ».", "alliance invincible", "introduced/subject", "Paul Girard"),
    "a_state_s_demonym_as_a_noun": (
        "Le chancelier Friedrich Merz a reçu le président français à Berlin. « Nous devons agir ensemble pour l'Europe », "
        "a souligné l'Allemand devant la presse.", "agir ensemble", "incise/subject+reference", "Friedrich Merz"),
    "a_demonym_noun_after_a_speaker_of_no_known_state": (
        "« Nous avons gagné », a déclaré le sélectionneur Paul Girard. « La victoire est méritée », a ajouté "
        "l'Allemand.", "victoire est méritée", "incise/subject+reference", "Paul Girard"),
    "quotation_after_an_inverted_incise": (
        "Le général Karim Saadi a parlé à la télévision nationale. Cependant, a ajouté le chef d’état-major, « seules "
        "des cibles militaires ont été visées ».", "cibles militaires", "introduced/inverted-subject",
        "chef d’état-major"),
    "unnamed_ngos": ("Des ONG locales et internationales dénoncent régulièrement les poursuites engagées contre des "
                     "civils par des tribunaux militaires.", "poursuites engagées", "reported/subject",
                     "ONG locales et internationales"),
    "one_word_after_a_colon": ("Interrogé sur sa démission, le ministre Jean Roux a répondu : « Jamais ».", "Jamais",
                               "introduced/subject", "Jean Roux"),
    "aside_inside_the_verb_group": ("« Notre recours est solide. Nous irons jusqu'au bout », a pour sa part affirmé "
                                    "Hélène Marty.", "irons jusqu'au bout", "incise/subject", "Hélène Marty"),
    "plural_group_speaks": ("Les syndicats expliquent que trois cars de police sont arrivés devant l'usine.",
                            "trois cars de police", "reported/subject", "syndicats"),
    "plural_demonstrative": ("Les représentants des enseignants ont dénoncé lundi la réforme. Ces derniers estiment "
                             "que la réforme menace les petites écoles.", "menace les petites écoles",
                             "reported/subject", "représentants des enseignants"),
    "made_to_say": ("Dans son recours, le ministère fait valoir que l'arrêté municipal est illégal.",
                    "arrêté municipal est illégal", "reported/subject", "ministère"),
    "contrast_opens_a_speaker_s_clause": (
        "Paul Girard a assuré que le budget était tenu, mais Marc Lenoir, président de la commission, a affirmé que "
        "les comptes étaient faux.", "comptes étaient faux", "reported/subject", "Marc Lenoir"),
    "contrast_after_tandis_que": (
        "Anne Roy a affirmé jeudi que la ligne serait prête en mai, tandis que Luc Faure, du syndicat des cheminots, "
        "a déclaré que les travaux dureraient deux ans.", "travaux dureraient", "reported/contrast-subject", "Luc Faure"),
    "inner_incise_with_a_clitic": ("Vient le tour de Julien Marchand (culture) : « je suis déçu dit-il, que vous ayez "
                                   "cédé si vite ».", "que vous ayez cédé", "inner-incise/inverted-pronoun",
                                   "Julien Marchand"),
    "inner_incise_with_a_subject": ("La séance a été houleuse lundi soir au conseil municipal.\n\n« Quand on ne vote "
                                    "pas, on part, résume une conseillère d'opposition. Bravo la démocratie ! »",
                                    "on part", "inner-incise/inverted-subject", "conseillère d'opposition"),
    "epithet_is_the_last_speaker": ("« Nous avons tenu nos engagements », a déclaré Marc Lenoir.\n\n« Mais nous "
                                    "sommes le bouc émissaire », a lancé le septuagénaire.", "bouc émissaire",
                                    "incise/subject+reference", "Marc Lenoir"),
    "role_nobody_was_given_is_the_last_speaker": (
        "« La hausse est temporaire », a affirmé Claire Vidal. « Nous avons joué notre rôle », a plaidé la "
        "dirigeante.", "joué notre rôle", "incise/inverted-subject+reference", "Claire Vidal"),
    "told_by_the_subject_after_the_verb": ("Le maire a décidé de rouvrir le marché couvert dès lundi. C'est ce qu'a "
                                           "déclaré l'avocat de la mairie, Paul Girard.", "rouvrir le marché",
                                           "reported/told-by", "Paul Girard"),
    "description_set_off_before_a_name": (
        "L'avocat de la mairie, Paul Girard, a plaidé mardi. Selon l'avocat, le maire a décidé que le marché "
        "rouvrirait.", "le marché rouvrirait", "reported/selon+reference", "Paul Girard"),
    "quotations_joined_by_a_few_words": (
        "« Nous avons tenu nos engagements », a déclaré Marc Lenoir. « Quand vous annoncez des milliards de "
        "bénéfices » chaque trimestre, « les gens pensent que vous vous enrichissez sur leur dos ».",
        "les gens pensent que", "continued", "Marc Lenoir"),
    "office_the_article_gave": (
        "Le ministre des Affaires étrangères et de la Coopération, Robert Dussey, a reçu lundi son homologue à Lomé. "
        "Intervenant devant la presse, le chef togolais de la diplomatie a considéré que la démarche régionale ne "
        "contribuera pas à la paix.", "démarche régionale", "reported/subject+office", "Robert Dussey"),
    "new_holder_is_not_the_gazetteer_s": (
        "Le général Paul Mba, qui a renversé le président Ali Bongo, a prêté serment lundi. Le nouvel homme fort du "
        "Gabon a appelé les partis à collaborer à une nouvelle constitution.", "collaborer à une nouvelle",
        "reported/subject+reference", "Paul Mba"),
    "office_over_two_complements": (
        "Le ministre des Affaires étrangères et de la Communauté nationale à l'étranger, Karim Mansouri, a reçu lundi "
        "son homologue. Intervenant devant la presse, le chef tunisien de la diplomatie a considéré que la démarche "
        "ne contribuera pas à la relance.", "ne contribuera pas", "reported/subject+office", "Karim Mansouri"),
    "que_after_the_one_spoken_to": ("L'armée libanaise a déclaré à l'Agence France-Presse qu'elle enquêtait sur "
                                    "l'incident.", "enquêtait sur", "reported/subject", "Armed Forces of Lebanon"),
    "capitalised_name_ner_missed": ("Inondations dans le Sud\n\nLa Protection civile de la vallée du Rhône a annoncé "
                                    "lundi que trois villages avaient été évacués.", "trois villages",
                                    "reported/subject", "Protection civile de la vallée du Rhône"),
    "epithet_after_a_long_quotation": (
        "« Nous avons perdu, c'est dur », a pesté Lucas Girard.\n\n« On a bien joué aujourd'hui. On a su garder le "
        "ballon. Mais on a eu dix minutes de trou », a constaté l'attaquant du FC Nantes.", "garder le ballon",
        "incise/inverted-subject+reference", "Lucas Girard"),
    "description_ends_at_a_bracket": (
        "Lundi, le porte-parole du ministère des Transports (photo ci-dessus) a affirmé que les travaux seraient "
        "finis en mai.", "travaux seraient finis", "reported/subject", "porte-parole du ministère des Transports"),
    "selon_ses_dires": ("Le ministre Karim Mansouri a parlé lundi devant les députés. Cela alimentera, selon ses "
                        "dires, l'impasse dans laquelle le plan a plongé la région.", "impasse dans laquelle",
                        "reported/selon", "Karim Mansouri"),
    "relative_after_a_name_and_its_comma": (
        "Le gouvernement a invité l'opposition à « respecter le verdict » rendu lundi par Paul Mercier, qui affirme "
        "que le scrutin était régulier.", "scrutin était régulier", "reported/subject", "Paul Mercier"),
    "relative_after_a_name_and_its_comma_2": (
        "Les électeurs ont découvert les résultats de l'élection remportée par Anna Kovac, qui assure que le pays "
        "restera uni.", "pays restera uni", "reported/subject", "Anna Kovac"),
    "apposition_before_an_inverted_verb": (
        "Paul Martin se rendra samedi à Lyon pour rencontrer les élus et le président du comité de suivi, le général "
        "français Marc Dupont, a déclaré le porte-parole de la mairie, Jean Petit.", "se rendra samedi à Lyon",
        "reported/subject", "Jean Petit"),
    "comparison_before_an_inverted_verb": (
        "La grève ne devrait pas être considérée par les élèves comme une pause, prévient le ministre de "
        "l'Éducation, Paul Roy.", "considérée par les élèves comme une pause", "reported/subject", "Paul Roy"),
    "dateline_before_the_reported_clause": (
        "LYON — La manifestation qui se prépare dans plusieurs quartiers ne doit pas être vue par les habitants comme "
        "une «fête», prévient le préfet du Rhône, Marc Lenoir.", "manifestation qui se prépare", "reported/subject",
        "Marc Lenoir"),
    "embassy": ("« Le dialogue est rompu », a déclaré vendredi soir l'ambassade de Chine sur les réseaux sociaux.",
                "dialogue est rompu", "incise/subject", "ambassade de Chine"),
    "relative_clause_speaks_inside_reported_words": (
        "La réforme divise.\n\nParis a officiellement répondu aux propos de l'armée malienne qui affirment que les "
        "auteurs des attaques seraient venus du Niger.", "auteurs des attaques", "reported/subject",
        "Armed Forces of Mali"),
    "sole_person_of_a_demonym": (
        "Thomas Bach a ouvert la session jeudi. « Cette ingérence est déplorable », a fustigé le dirigeant allemand.",
        "ingérence est déplorable", "incise/subject+reference", "Thomas Bach"),
    "a_participle_ends_an_inverted_subject": (
        "Le ministre des Finances Marc Aubry a pris la parole lundi. « Houston, we have a problem ! », avait "
        "conclu le ministre ajoutant que « personne » n'avait voté le texte.", "we have a problem",
        "incise/inverted-subject+reference", "Marc Aubry"),
    "a_participle_after_an_inverted_title_speaks": (
        "La présidente Jeanne Lambert a parlé lundi. « Nous tiendrons bon », a assuré la présidente affirmant que la "
        "grève des cheminots continuerait jusqu'à la fin du mois.", "grève des cheminots continuerait", "reported/inverted-subject+office",
        "Jeanne Lambert"),
    "a_subject_set_off_by_dont_with_no_parsed_subject": (
        "Le chancelier Klaus Berger a limogé son ministre des Finances mercredi. Le chancelier, dont la coalition se "
        "déchire depuis des semaines sur des questions économiques, a aussi annoncé qu'il solliciterait un vote de "
        "confiance le 15 janvier.", "vote de confiance", "reported/set-off-subject+office",
        "Klaus Berger"),
    "a_quotation_told_by_the_next_sentence": (
        "« Le pouvoir vient d'écarter son rival le plus sérieux ». C'est ce qu'a déclaré Paul Amon, président du "
        "parti, après sa radiation.", "écarter son rival", "told-next/subject",
        "Paul Amon"),
    "a_quotation_before_another_with_an_incise": (
        "Jean Durand s'est adressé à la foule dimanche soir. « Nous avons gagné contre tous les pronostics ». « Et "
        "demain nous changerons la ville », a-t-il lancé à ses partisans.", "gagné contre tous", "before-incise",
        "Jean Durand"),
    "the_office_given_by_an_election": (
        "Pierre Lemaire a été élu maire de Lyon dimanche. Son rival Jean Dupont a reconnu sa défaite. « Je félicite "
        "le vainqueur », a dit Jean Dupont. « Nous changerons la ville », a déclaré le maire de Lyon.",
        "changerons la ville", "incise/subject+reference",
        "Pierre Lemaire"),
    "a_source_under_cover_of_anonymity": (
        "Une source sécuritaire a dit qu'une frappe avait visé le port mardi. « La frappe a visé deux entrepôts du "
        "quartier », a dit cette source sécuritaire sous couvert d'anonymat.", "deux entrepôts", "incise/inverted-subject",
        "source sécuritaire"),
    "il_for_a_group_named_as_the_subject": (
        "Le groupe Wagner se retire du Mali. « Nous avons achevé ici notre mission », a-t-il annoncé vendredi.",
        "achevé ici notre mission", "incise/inverted-pronoun",
        "Wagner Group"),
    "a_state_newspaper_named_after_its_noun": (
        "Les forces de la Défense ont défilé à Alep pour montrer leur « engagement à maintenir la sécurité dans tout "
        "le pays », a rapporté le journal d'État Al-Watan.", "maintenir la sécurité", "incise/inverted-subject",
        "Al-Watan"),
    "a_description_ends_before_an_aside": (
        "Le débat a été marqué par des attaques contre le maire sortant. Le chef des Verts, quant à lui, déplore que "
        "la question du climat et les enjeux agricoles n'ont pas été abordés.", "question du climat",
        "reported/subject", "chef des Verts"),
    "a_role_never_ends_on_a_preposition_before_a_name": (
        "Le verdict est tombé mardi. « Vous avez huit jours pour faire appel », a affirmé la présidente du tribunal à "
        "l'attention de Marc Olivier, après avoir lu le verdict.", "huit jours pour faire appel",
        "incise/inverted-subject", "présidente du tribunal"),
    "a_quotation_after_a_connective": (
        "Paul Amon a déclaré que les deux partis avaient convenu de préparer une rencontre à Genève. Cependant, « la "
        "route vers Genève sera longue et personne ne peut compter sur la chance. »", "route vers Genève",
        "after-a-speaker", "Paul Amon"),
    "selon_ce_dernier_after_a_source": (
        "« Il est alors monté dans une voiture et il est parti très vite », explique un commerçant du quartier. Selon "
        "ce dernier, les faits se sont déroulés près de la gare, à proximité du château.", "près de la gare",
        "reported/selon", "commerçant du quartier"),
    "selon_the_figures_a_person_presented": (
        "Le gouverneur Paul Amon a tenu sa conférence de presse. Entre jeudi et dimanche, la région a enregistré 40 "
        "homicides, selon les données présentées par Paul Amon.", "40 homicides", "reported/selon", "Paul Amon"),
    "two_apostrophes_as_quote_marks": (
        "Le prévenu a parlé longtemps. ''Ce qui s'est passé est grave, mais nous avons toujours respecté la loi'', a "
        "déclaré Moussa Camara.", "toujours respecté la loi", "incise/subject", "Moussa Camara"),
    "il_for_a_body_that_spoke_in_the_sentence_before": (
        "Contre le parti, le ministère public réclame une forte amende. Il demande aussi dix mois de prison contre son "
        "trésorier, Marc Olivier, ainsi que deux ans d'inéligibilité.", "dix mois de prison", "reported/subject",
        "ministère public"),
    "a_sentence_opening_on_et_goes_on_with_its_speaker": (
        "Le procureur Marc Olivier a dénoncé le cynisme des prévenus. Il les accuse de se cacher derrière la faute des "
        "autres. Et s'inquiète de faits « particulièrement graves » de la part de responsables politiques.",
        "faits « particulièrement graves »", "reported/coordinated-sentence+pronoun", "Marc Olivier"),
    "the_lawyers_of_a_named_person_are_not_that_person": (
        "La députée Eva Kaloudi a été entendue lundi. Selon les avocats de Mme Kaloudi, des téléphones et des "
        "ordinateurs ont été saisis mardi chez sa sœur.", "ordinateurs ont été saisis", "reported/selon",
        "avocats de Mme Kaloudi"),
    "head_of_a_body_the_gazetteer_knows": (
        "Olivier Faure a réuni les élus lundi. « Nous gagnerons », a répété le chef du PS.", "Nous gagnerons",
        "incise/inverted-subject+reference", "Olivier Faure"),
    "a_quotation_after_a_verb_of_saying_joined_to_the_main_verb": (
        "La séance du conseil a commencé à 9 heures.\n\nLe public siffle et la maire Anne Roy lui répond sèchement. "
        "« Ce débat mérite mieux que des cris. » La séance continue.", "mérite mieux", "after-a-speaker", "Anne Roy"),
    "a_quotation_goes_on_past_an_honorific": (
        "« Le budget sera voté », a écrit M. Paul Marin sur son blog. Le texte arrive mardi à l'Assemblée. « Nous "
        "tiendrons nos engagements jusqu'au bout ».", "tiendrons nos engagements", "continued", "Paul Marin"),
    "a_colon_after_a_clause_a_verb_of_saying_reports": (
        "La présidente Anne Roy croit pourtant que la coalition tient bon et avance : « Nous avons trouvé un terrain "
        "d'entente. »", "terrain d'entente", "colon-subject", "Anne Roy"),
    "an_opening_gerund_speaks_for_the_main_subject": (
        "Tout en reconnaissant que « la réforme prendra du temps », M. Paul Marin a assuré que les premiers effets "
        "viendraient vite.", "réforme prendra", "introduced/participle", "Paul Marin"),
    "an_opening_gerund_reports_its_own_que_clause": (
        "En soulignant que son gouvernement n'a rien su de l'opération, la présidente Anne Roy a exprimé son "
        "désaccord.", "rien su", "reported/participle", "Anne Roy"),
    "a_verbless_tout_en_goes_on_with_the_speaker_before": (
        "« Les négociations n'avancent pas », a déclaré le syndicaliste Paul Marin. Tout en rappelant que « la grève "
        "reste votée ».", "grève reste", "introduced/participle", "Paul Marin"),
    "selon_les_mots_de": (
        "La réforme est enterrée, selon les mots du sénateur Paul Marin.", "réforme est enterrée",
        "reported/selon", "Paul Marin"),
    "faire_savoir_hung_below_its_infinitive": (
        "Les autorités japonaises ont fait savoir mardi que le navire avait quitté le port.",
        "quitté le port", "reported/subject+reference", "Japan"),
    "que_after_a_circumstance_the_parse_reads_as_relative": (
        "Un haut responsable iranien a déclaré sous couvert d'anonymat que Téhéran avait accepté la proposition.",
        "accepté la proposition", "reported/subject", "haut responsable iranien"),
    "celle_ci_is_the_person_described_last": (
        "Le ministre Paul Marin n'a pas apprécié les critiques que lui a adressées une sénatrice écologiste. "
        "Celle-ci l'a accusé de mépriser le Parlement.", "mépriser", "reported/subject", "sénatrice écologiste"),
    "a_pronoun_far_from_any_name_is_the_last_person_who_spoke": (
        "Le ministre Paul Marin a déclaré que le budget serait voté.\n\nLe contexte reste tendu. Les rues sont "
        "calmes. Les commerces ferment tôt. Les écoles restent ouvertes.\n\nIl a ajouté que la situation restait "
        "sous contrôle.", "sous contrôle", "reported/subject+pronoun", "Paul Marin"),
    "an_inverted_pronoun_passes_over_whose_someone_is": (
        "« Faut-il encore plaider ? » commence par demander, d'une voix grave, Me Paul Marin, l'avocat de Jean "
        "Dubreuil. « Jean Dubreuil vous a tout dit. Pourquoi vouloir le défendre ? », poursuit-il.",
        "vous a tout dit", "incise/inverted-pronoun", "Paul Marin"),
    "an_inverted_elle_is_the_person_before_the_channel": (
        "Les polémiques ont agité la rentrée. Une série de débats que Claire Vidal, ministre de l'Éducation, a "
        "saluée ce mercredi sur le plateau des Quatre Vérités sur France 2:\n\n\"C'est bien que l'école soit un lieu "
        "de débats\", a-t-elle affirmé au lendemain de la rentrée.",
        "lieu de débats", "incise/inverted-pronoun", "Claire Vidal"),
    "an_office_described_after_a_fronted_clause_is_the_pronoun_s": (
        "«Rien n'est plus facile que de renverser le gouvernement», a admis François Bayrou, mardi à l'Assemblée. "
        "Puisque le Parti socialiste avait annoncé qu'il ne voterait pas la motion de censure déposée par les "
        "écologistes après l'échec du «conclave» entre les syndicats et le patronat, le Premier ministre s'est permis "
        "de narguer la droite. «Je délivre aux écologistes un certificat de mauvaise humeur», a-t-il lancé.",
        "certificat de mauvaise humeur", "incise/inverted-pronoun+office", "François Bayrou"),
    "coast_guards_speak": (
        "Un navire a été touché lundi. Les garde-côtes grecs affirment que des passeurs ont abandonné le bateau "
        "au large de Lesbos.", "passeurs ont abandonné", "reported/subject", "garde-côtes grecs"),
    "the_head_of_a_named_body_is_not_the_state_s_leader": (
        "Le président sortant du Venezuela, Nicolas Maduro, a été déclaré vainqueur dimanche, selon le chef du "
        "Conseil national électoral vénézuélien.", "déclaré vainqueur", "reported/selon",
        "chef du Conseil national électoral vénézuélien"),
    "a_name_after_a_selon_phrase_is_the_clause_s_subject": (
        "Selon le porte-parole du parquet antiterroriste, Karim Mansour pourra être transféré dans un centre de "
        "détention.", "pourra être transféré", "reported/selon", "porte-parole du parquet antiterroriste"),
    "unicode_hyphens_are_hyphens": (
        "Le président a eu un long échange avec son homologue, selon la porte\u2011parole de la Maison\u2011Blanche.",
        "long échange", "reported/selon", "porte\u2011parole de la Maison\u2011Blanche"),
    "rivals_speak_as_a_group": (
        "Les deux principaux rivaux du président sortant avaient mis en garde contre toute proclamation prématurée "
        "de victoire.", "proclamation prématurée", "reported/subject", "deux principaux rivaux du président sortant"),
    "the_subject_after_an_opening_reflexive_participle": (
        "S'exprimant lors d'une conférence de presse conjointe, les deux principaux rivaux de Paul Marin avaient mis "
        "en garde contre toute fraude massive.", "fraude massive", "reported/after-opening-clause",
        "deux principaux rivaux de Paul Marin"),
    "commencer_par_frames_a_verb_of_saying": (
        "La ministre Claire Vidal s'exprime devant la presse. Claire Vidal commence par indiquer qu'elle constate "
        "une reprise de l'emploi.", "reprise de l'emploi", "reported/infinitive", "Claire Vidal"),
    "ne_pas_manquer_de_frames_a_verb_of_saying": (
        "Le ministre Paul Marin a reçu les syndicats. Paul Marin n'a pas manqué de rappeler que la réforme serait "
        "votée.", "réforme serait votée", "reported/infinitive", "Paul Marin"),
    "a_bare_role_noun_is_the_one_person_named_before": (
        "La réunion a duré deux heures. Anne Roy s'exprime devant la presse après la décision de la banque. La "
        "dirigeante commence par indiquer qu'elle constate un net ralentissement.", "net ralentissement",
        "reported/infinitive+reference", "Anne Roy"),
    "a_quotation_paragraph_after_a_person_s_sentence": (
        "La séance a commencé à 9 heures.\n\nInterpellée par l'opposition sur le budget, Anne Roy a préféré "
        "ressortir les vieux dossiers.\n\n« Vous me rappelez fort opportunément la nécessité de respecter les "
        "règles. » La séance a continué.", "respecter les règles", "after-a-subject", "Anne Roy"),
    "a_subject_the_parse_hung_on_a_participle_before_the_verb": (
        "Le ministre indien de la Défense, Arun Kapoor, a parlé.\n\nLe ministre s'exprimant devant le parlement a "
        "estimé que cette attaque allait affecter le processus de paix.", "affecter le processus",
        "reported/participle-subject+reference", "Arun Kapoor"),
    "the_etre_of_the_quoted_clause_makes_no_passive": (
        "La réunion a commencé.\n\nLe Parlement européen est « en cohérence avec la position » de la France, a pour "
        "sa part réagi le ministre des Affaires étrangères Paul Verdier.", "en cohérence", "reported/inverted-subject",
        "Paul Verdier"),
    "a_sentence_the_parser_cut_after_a_name_set_off": (
        "La réunion a commencé.\n\nLe ministre de l'Administration territoriale, Paul Ateba Nko, a pour sa part mis "
        "en garde contre ces mobilisations, accusant les organisateurs de vouloir « créer les conditions d'une "
        "crise ».", "conditions d'une crise", "reported/stranded-auxiliary", "Paul Ateba Nko"),
    "a_participle_with_its_agent_set_off_after_a_noun": (
        "La réunion a commencé.\n\nDes milliers de manifestants vont dénoncer les réformes du gouvernement Verdier, "
        "accusé par la CGT de bafouer les droits sociaux.", "bafouer les droits", "reported/passive-agent", "CGT"),
    "a_demonstrative_after_a_body_named_in_the_sentence_before": (
        "La réunion a commencé.\n\nLa Commission européenne peut appliquer le traité. Celle-ci a dit mercredi « "
        "regretter » le vote des eurodéputés.", "regretter", "reported/subject", "European Commission"),
    "a_hard_wrapped_text_is_read_sentence_by_sentence": (
        "La réunion a commencé.\n\nLe ministre Paul Verdier a indiqué\nvia un communiqué que \"l'armée et les forces "
        "de sécurité\npoursuivront les opérations dans le nord\". Le porte-parole\nde la présidence a confirmé\nque "
        "les négociations reprendront\nlundi à Genève.", "négociations reprendront", "reported/subject",
        "porte-parole de la présidence"),
    "a_verb_in_a_series_shares_the_subject": (
        "Le sommet s'est ouvert.\n\nMarie Lenoir a salué la volonté des deux pays de « travailler ensemble », "
        "s'est dite favorable à une rencontre à trois et a annoncé qu'elle se rendrait à Rome la semaine suivante.",
        "favorable à une rencontre", "reported/coordinated", "Marie Lenoir"),
    "an_inverted_subject_the_parse_took_for_an_object": (
        "La tempête est passée.\n\nIrma est la tempête « la plus forte et la plus longue » que la région ait "
        "connue depuis 50 ans, a souligné la préfecture.", "la plus longue", "reported/inverted-subject",
        "préfecture"),
    "an_inverted_subject_past_a_day_the_parse_took_for_an_object": (
        "La séance a commencé.\n\nLes droits de douane que Paris compte annoncer mercredi concerneront tous les pays, "
        "a déclaré dimanche Jean Dupont.", "concerneront tous les pays", "reported/inverted-subject", "Jean Dupont"),
    "an_inverted_subject_past_a_date_the_parse_hung_it_on": (
        "La séance a commencé.\n\nLes tarifs que Berlin veut imposer jeudi viseront « tous les partenaires », et pas "
        "seulement ceux présentant les plus gros excédents avec l'Allemagne, a déclaré samedi 3 juin Olaf Brandt.",
        "viseront", "reported/inverted-subject", "Olaf Brandt"),
    "a_bracket_closes_the_subject_it_inverts_nothing": (
        "La réunion a eu lieu.\n\nLe Conseil national des avocats (CNA) a exigé, lundi 3 mai, une réforme complète de "
        "la procédure pénale.", "une réforme complète", "reported/subject", "Conseil national des avocats"),
    "a_feminine_circumstance_the_parse_made_subject_says_nothing_of_the_speaker_s_gender": (
        "La réunion a eu lieu.\n\nAprès une conversation téléphonique avec le président Paul Girard, le Premier "
        "ministre Marc Vidal a affirmé le soutien de Rome à la décision de Girard.", "le soutien de Rome",
        "reported/nearest-name", "Marc Vidal"),
    "a_verb_form_the_tagger_missed_after_its_auxiliary": (
        "La réunion a eu lieu.\n\nLe ministre Paul Girard avait sous-entendu peu après minuit que son candidat était "
        "réélu.", "son candidat était réélu", "reported/subject", "Paul Girard"),
    "a_union_coalition_speaks_unnamed": (
        "La réunion a eu lieu.\n\nL'intersyndicale a annoncé une grève du 4 au 6 juin dans les écoles.",
        "une grève du 4 au 6 juin", "reported/subject", "intersyndicale"),
    "a_figure_of_a_body_speaks_unnamed": (
        "La réunion a eu lieu.\n\nUne figure de l'opposition a affirmé mardi que le scrutin avait été truqué.",
        "le scrutin avait été truqué", "reported/subject", "figure de l'opposition"),
    "people_at_a_meeting_speak_unnamed": (
        "La réunion a eu lieu.\n\nDes personnes présentes à la réunion ont fait savoir que le ministre comptait "
        "démissionner.", "le ministre comptait démissionner", "reported/subject", "personnes"),
    "a_noun_for_a_person_before_a_verb_the_parse_left_without_subject": (
        "La réunion a eu lieu.\n\nQuelques minutes plus tôt, le secrétaire général du syndicat désormais allié à la "
        "CFDT déclarait : « Ce n’est pas trahir un secret de dire que nous sommes proches ».", "trahir un secret",
        "introduced/nearest-role", "secrétaire général du syndicat désormais"),
    "a_political_camp_speaks_unnamed": (
        "La réunion a eu lieu.\n\nLa gauche quant à elle accuse le gouvernement « d'incompétence ».",
        "incompétence", "reported/subject", "gauche"),
    "this_person_is_the_named_speaker_before": (
        "La réunion a eu lieu.\n\n« Il y a une fusillade en cours », a déclaré Paul Girard, un commerçant. « Il y a "
        "quelques blessés », a ajouté cette personne.", "quelques blessés", "incise/inverted-subject+reference",
        "Paul Girard"),
    "this_person_is_the_unnamed_speaker_before": (
        "La réunion a eu lieu.\n\n« Il y a une fusillade en cours », a déclaré un commerçant du quartier. « Il y a "
        "quelques blessés », a ajouté cette personne qui n'a pas donné son nom.", "quelques blessés",
        "incise/inverted-subject", "commerçant du quartier"),
    "a_quotation_in_single_marks_after_a_colon": (
        "La réunion a eu lieu.\n\nLe ministre Paul Girard a déclaré : 'Nous n'avons pas l'intention de céder'.",
        "intention de céder", "introduced/subject", "Paul Girard"),
    "an_inverted_subject_past_a_day_and_an_article": (
        "La séance a commencé.\n\nLes tarifs que Berlin veut imposer jeudi viseront « tous les partenaires », et pas "
        "seulement ceux présentant les plus gros excédents avec l'Allemagne, a déclaré samedi 3 juin le chancelier "
        "allemand Olaf Brandt.", "viseront", "reported/inverted-subject", "Olaf Brandt"),
    "a_noun_for_a_person_before_a_compound_verb_the_parse_left_without_subject": (
        "La réunion a eu lieu.\n\nQuelques minutes plus tôt, le secrétaire général du syndicat désormais allié à la "
        "CFDT avait déclaré : « Ce n’est pas trahir un secret de dire que nous sommes proches ».", "trahir un secret",
        "introduced/nearest-role", "secrétaire général du syndicat désormais"),
    "an_object_past_a_circumstance_set_off": (
        "La nuit a été agitée.\n\nL'armée de l'air polonaise a annoncé avoir abattu, dans la nuit de mardi à "
        "mercredi, 12 des 15 drones lancés contre la capitale.", "12 des 15 drones", "reported/subject",
        "Polish Armed Forces"),
    "pour_a_pronoun_then_a_quotation": (
        "Paul Verdier a ouvert la séance.\n\nPour lui « la question n'est plus de savoir si la crise viendra ».",
        "la question n'est plus", "introduced/selon+pronoun", "Paul Verdier"),
    "a_personal_il_before_an_infinitive": (
        "Le colonel Paul Ateba a pris la tête de la transition.\n\nIl promet de rendre le pouvoir aux civils "
        "avant la fin de l'année.", "rendre le pouvoir", "reported/subject+pronoun", "Paul Ateba"),
    "a_quoted_paragraph_after_a_reported_statement": (
        "Le scrutin s'est tenu dimanche.\n\nL'opposant Marc Ndiaye soutient que le boycott a été massivement "
        "suivi.\n\"Nous avons obtenu ce que nous voulions. Les électeurs ne sont pas venus.\"",
        "Les électeurs ne sont pas venus", "after-a-speaker", "Marc Ndiaye"),
    "an_epithet_counts_back_from_the_end_of_a_long_quotation": (
        "Le scrutin s'est tenu dimanche.\n\n« Ce vote n'a pas été libre. Beaucoup n'ont pas pu voter. Le pays mérite "
        "mieux », a déclaré M. Paul Ateba, visiblement déterminé.\n“Le pays doit se parler”\nL'ancien banquier a "
        "insisté sur la nécessité d'un dialogue national.", "nécessité d'un dialogue", "reported/subject+reference",
        "Paul Ateba"),
    "a_relative_clause_hung_on_the_complement_of_its_speaker": (
        "La réunion a commencé.\n\nLe journal a cité un membre de la délégation française qui a déclaré : « Paris "
        "refuse cette proposition ».", "Paris refuse", "introduced/subject", "membre de la délégation française"),
    "a_quoted_line_in_lower_case_goes_on_a_sentence": (
        "La route est coupée.\n\nUne de ses responsables, Marie Lenoir, a assuré que le blocage était\n\"prévu "
        "pour toute la nuit\"\n, avant de repartir vers la ville.", "prévu pour toute la nuit", "after-a-speaker",
        "Marie Lenoir"),
    "a_comme_clause_after_what_it_tells": (
        "La séance a été levée.\n\nLe texte sera voté mardi, comme l'a expliqué Paul Verdier.", "Le texte sera voté",
        "reported/subject", "Paul Verdier"),
    "a_participle_the_tagger_took_for_an_adjective": (
        "La séance a été levée.\n\nLors d'un meeting mardi, Marc Lenoir a qualifié son rival de « menteur », "
        "insinuant qu'il avait trompé les électeurs.", "trompé les électeurs", "reported/subject", "Marc Lenoir"),
    "a_call_that_says_what_it_calls_for": (
        "La réunion a commencé.\n\nLa Belgique réitère son appel à un cessez-le-feu immédiat dans la région.",
        "cessez-le-feu immédiat", "reported/subject", "Belgium"),
    "a_verb_that_adds_goes_on_with_the_speaker_before_a_subject": (
        "Le premier ministre indien Ravi Kumar a donné son feu vert à une opération militaire.\n\n\"L'Inde a "
        "l'intention de lancer une frappe militaire dans les prochaines heures\", a déclaré le ministre pakistanais de "
        "l'Information, Paul Tarar, dans un communiqué. Le premier ministre indien attribue la responsabilité de "
        "l'attentat au Pakistan voisin.\n\n\"Toute agression entraînera une riposte décisive\", a-t-il ajouté.",
        "riposte décisive", "incise/inverted-pronoun", "Paul Tarar"),
    "the_defence_is_an_unnamed_source": (
        "Le procès touche à sa fin.\n\nLa défense de Paul Marin a réclamé, durant sa plaidoirie, l'acquittement de "
        "son client.", "l'acquittement de son client", "reported/subject", "défense de Paul Marin"),
    "a_medium_named_apart_from_its_noun": (
        "Le trafic est perturbé.\n\nSelon la chaîne de télévision privée NTV, la station de métro de la place "
        "centrale a été fermée.", "station de métro", "reported/selon", "NTV"),
    "ces_derniers_stands_like_ils": (
        "Les syndicats ont protesté lundi.\n\nSelon ces derniers, la direction aurait bloqué l'entrée du site.",
        "bloqué l'entrée", "reported/selon", "syndicats"),
    "what_the_writer_learnt_from_a_source": (
        "La nuit a été agitée.\n\nDeux soldats ont été blessés jeudi dans une embuscade au nord du pays, a-t-on "
        "appris de sources sécuritaires.", "Deux soldats ont été blessés", "reported/selon", "sources sécuritaires"),
    "quotations_set_on_lines_of_their_own": (
        "La route est coupée.\nLe convoi avait fait étape\nsur un parking.\nLe blocage de l'autoroute a été levé à "
        "midi, a indiqué la gendarmerie.\n\"On est très "
        "satisfait, on a tenu deux jours\",\na déclaré à la presse Marc Lenoir, président de la coordination.\nUne de "
        "ses responsables a assuré que le blocage était\n\"prévu pour la nuit\"\n, avant\n\"d'autres actions\"\npar "
        "la suite.", "on a tenu deux jours", "incise/inverted-subject", "Marc Lenoir"),
    "an_aside_cuts_the_participle_from_its_auxiliary": (
        "La réunion a duré.\n\nLe syndicat a lui aussi jugé que la copie devait être revue.", "copie devait",
        "reported/stranded-auxiliary", "syndicat"),
    "what_one_can_read_in_a_body_s_text": (
        "La réunion a duré.\n\n« Ce chiffre est hors de portée », peut-on lire dans un communiqué du ministère des "
        "Finances.", "hors de portée", "incise/impersonal-setting", "ministère des Finances"),
    "in_the_eyes_of_a_body": ("La réunion a duré.\n\nAux yeux de la Cour des comptes, la dette reste « préoccupante ».",
                              "préoccupante", "reported/selon", "Cour des comptes"),
    "in_her_eyes": ("La réunion a duré.\n\nMarie Lenoir, à la tête du syndicat, reste prudente. À ses yeux, « rien "
                    "n'est joué ».", "rien n'est joué", "introduced/selon", "Marie Lenoir"),
    "a_sentence_that_tells_the_quotation_in_these_terms": (
        "« Nous tiendrons », a déclaré Anne Roy.\n\n« Il faut sortir des postures. » C'est en ces termes que le maire "
        "Paul Morel a appelé au compromis.", "sortir des postures", "told-next/subject", "Paul Morel"),
    "a_name_opening_a_sentence_the_parse_gave_no_subject": (
        "« Nous tiendrons », a déclaré Anne Roy.\n\nJean-Luc Vidal, lui, n'a pas mâché ses mots sur X : « Une loi de "
        "la honte. »", "loi de la honte", "colon-subject", "Jean-Luc Vidal"),
    "a_pronoun_after_the_topic_quant_a_sets": (
        "Le maire Paul Roy a jugé que la gauche devait « s'unir ».\n\nQuant à Marc Vidal, il a estimé que "
        "« l'essentiel se jouera localement ».", "essentiel se jouera", "introduced/subject", "Marc Vidal"),
    "a_subject_set_off_by_a_stressed_pronoun": (
        "« Nous tiendrons », a déclaré Anne Roy.\n\nLe prévenu, lui, a reconnu des erreurs graves mais nié toute "
        "intention frauduleuse.", "erreurs graves", "reported/stranded-auxiliary", "prévenu"),
    "an_infinitive_after_avant_de_goes_on_with_the_incise": (
        "La réunion a duré.\n\n« Tout va bien. Rien n'a brûlé », a dit Paul Roy avant d'accuser les voisins de "
        "mentir sur les dégâts.", "voisins de mentir", "reported/subject", "Paul Roy"),
    "a_clause_resumed_by_an_infinitive_after_the_incise": (
        "La ministre Anne Roy a présenté son plan mardi. Il faut, a-t-elle ajouté, investir massivement dans les "
        "transports.", "investir massivement", "reported/inverted-pronoun", "Anne Roy"),
    "a_call_the_parse_hung_on_the_verb_s_object": (
        "La réunion a duré.\n\nLe ministre Paul Roy a appelé les deux camps à la retenue et au dialogue.",
        "retenue et au dialogue", "reported/subject", "Paul Roy"),
    "a_setting_that_opens_the_sentence_before_on": (
        "La réunion a duré.\n\nDu côté de la CGT, on dénonce « un plan social déguisé ».", "plan social déguisé",
        "introduced/impersonal-setting", "CGT"),
    "a_minister_of_no_portfolio_may_hold_the_one_described": (
        "Le ministre sénégalais Amadou Ndiaye a reçu mardi l'ambassadeur du Mali. Le ministre des Affaires "
        "étrangères a assuré que les deux pays restaient des partenaires.", "restaient des partenaires",
        "reported/subject+reference",
        "Amadou Ndiaye"),
    "a_locution_past_an_adverbial_phrase": (
        "Le secrétaire général Paul Roy a fait une nouvelle fois valoir que les pays riches devaient payer.",
        "pays riches devaient payer", "reported/subject", "Paul Roy"),
    "a_prefect_is_an_unnamed_source": (
        "Le cyclone a tout détruit.\n\n« Beaucoup d'entre nous ont tout perdu », s'est ému le préfet dans un "
        "communiqué.", "tout perdu", "incise/subject", "préfet"),
    "what_a_verb_of_telling_tells_the_one_it_addresses": (
        "La séance a été levée.\n\nLe ministre Paul Roy a prévenu les députés que le texte serait voté avant "
        "l'été.", "serait voté avant l'été", "reported/subject", "Paul Roy"),
    "what_a_verb_of_telling_tells_those_it_informs": (
        "Le trafic est perturbé.\n\nLes syndicats informent les passagers que les vols vers Kiev restent "
        "suspendus.", "restent suspendus", "reported/subject", "syndicats"),
    "lequel_opening_a_sentence_is_the_one_described_last": (
        "La réunion a duré trois heures.\n\nUn participant raconte que le ton est monté. Lequel note qu'aucun des "
        "sujets n'a froissé le ministre.", "aucun des sujets", "reported/subject", "participant"),
    "a_stressed_pronoun_after_a_description_is_what_it_describes": (
        "Le Premier ministre indien Rajan Mehta a signé l'accord mardi.\n\n« C'est un jour historique », s'est "
        "réjoui le dirigeant indien.\n\nL'opposition indienne, elle, dénonce un contrat « opaque ».",
        "contrat « opaque »", "reported/subject", "opposition indienne"),
    "a_verb_coordinated_after_a_quoted_phrase_reports_its_own_words": (
        "La séance a été levée.\n\nLa députée Anne Roy a dénoncé une « trahison » et réclamé la démission du "
        "ministre.", "réclamé la démission", "reported/coordinated", "Anne Roy"),
    "the_medium_told_is_no_part_of_an_unnamed_speaker": (
        "Les combats ont repris.\n\n« La situation est grave », a confié une source militaire au Monde.",
        "situation est grave", "incise/inverted-subject", "source militaire"),
    "the_agency_told_is_no_part_of_an_unnamed_speaker": (
        "La grève continue.\n\n« Nous ne céderons pas », a déclaré un porte-parole à l'AFP.", "ne céderons pas",
        "incise/subject", "porte-parole"),
    "a_participle_after_a_stressed_pronoun_set_off_after_its_auxiliary": (
        "Le débat a repris.\n\nLe chef de la minorité démocrate au Sénat a, lui, appelé à « un compromis "
        "raisonnable ».", "compromis raisonnable", "introduced/stranded-auxiliary", "chef de la minorité démocrate"),
    "no_subject_inverted_after_a_stressed_pronoun_set_off": (
        "La grève continue.\n\nLa veille, le secrétaire général du syndicat, Paul Roy, avait, lui, indiqué dans Le "
        "Grand Jury de RTL, Le Figaro et LCI, que des journées d'actions étaient possibles.",
        "journées d'actions étaient possibles", "reported/stranded-auxiliary", "Paul Roy"),
    "the_medium_a_press_job_works_for_is_part_of_the_speaker": (
        "La grève continue.\n\n« Rien n'est décidé », a affirmé un ancien journaliste à l'AFP.", "Rien n'est décidé",
        "incise/inverted-subject", "ancien journaliste à l'AFP"),
    "a_word_for_any_document_is_the_speech_noun_before": (
        "Le pays est en crise.\n\nDans un communiqué, la CGT dénonce une provocation. Le texte réclame aussi "
        "l'ouverture de négociations salariales.", "ouverture de négociations", "reported/subject", "CGT"),
    "a_word_for_any_document_after_a_body_described_as_subject": (
        "Le pays est en crise.\n\nLa junte a annoncé la libération de dix détenus dans un communiqué lu à la "
        "télévision. Cette décision intervient « dans un esprit de réconciliation », précise le texte.",
        "esprit de réconciliation", "incise/subject", "junte"),
    "a_tweet_spelt_with_an_i_introduces_its_quotation": (
        "La soirée électorale a commencé.\n\nLe candidat Paul Roy avait twitté « J'ai gagné cette élection » une "
        "heure avant les résultats.", "gagné cette élection", "introduced/subject", "Paul Roy"),
    "a_possessive_after_a_body_subject_is_that_body_s": (
        "Le vote a eu lieu dimanche.\n\nLa commission électorale doit publier les résultats mardi. Sa présidente a "
        "assuré que le scrutin s'était déroulé dans le calme.", "déroulé dans le calme", "reported/subject",
        "présidente de la commission électorale"),
    "a_possessive_after_a_pronoun_speaker_is_the_pronoun_s_person": (
        "Le candidat Paul Roy conteste les chiffres.\n\n« Nous ne reconnaîtrons pas ce résultat », a-t-il dit. Son "
        "porte-parole a ajouté que des recours seraient déposés.", "recours seraient déposés", "reported/subject",
        "porte-parole de Paul Roy"),
    "a_quotation_after_another_verb_is_no_fragment_of_a_relative_clause_s_words": (
        "La libération a eu lieu.\n\nLe collectif Tournesol, qui réclame depuis des mois la libération des "
        "opposants, a salué « une victoire de la mobilisation populaire ».", "victoire de la mobilisation",
        "introduced/subject", "Tournesol"),
    "reported_words_that_open_a_quotation_close_it": (
        "La conférence s'est achevée.\n\nLa ministre Anne Roy a pour sa part dénoncé « une conférence pour rien ».",
        "pour rien »", "reported/subject", "Anne Roy"),
    "a_role_of_its_own_after_a_speaker_given_another": (
        "Le ministre de l'Environnement, Paul Girard, a affirmé qu'il soutenait son chef.\n\nLe commissaire à la "
        "langue française propose un « parcours d'intégration obligatoire ».", "parcours d'intégration",
        "introduced/subject", "commissaire à la langue française"),
    "il_after_a_body_that_reported_on_a_person": (
        "Le ministre Paul Roux a démissionné, a annoncé le gouvernement. Il a expliqué que sa décision était "
        "personnelle.", "décision était personnelle", "reported/subject+pronoun", "Paul Roux"),
    "a_name_the_parse_made_the_root_before_its_predicate_is_the_subject": (
        "De son côté, Jean Marchal refuse « d'entrer en négociation ». Paul Bernard, lui, n'est pas du même avis. "
        "Il appelle le parti à « rassembler d'autres familles politiques ».", "rassembler d'autres familles",
        "reported/subject+pronoun", "Paul Bernard"),
    "a_believed_source_written_without_the_accent_of_its_capital": (
        "A en croire Paul Durand, l'ancien ministre est resté flou sur ses intentions.", "resté flou",
        "reported/selon", "Paul Durand"),
    "the_commander_of_a_force_named_after_it_is_no_one_of_that_name": (
        "Le commandant de la force Marwan renchérit : « Le projet de quitter la ville est ancien. »",
        "quitter la ville", "introduced/subject", "commandant de la force Marwan"),
    "a_participle_the_tagger_made_finite_after_a_person_set_off": (
        "Le parti lui emboîte le pas, Marie Leroy, présidente du groupe, moquant la nouvelle équipe : « Ne déballez "
        "pas vos cartons ! »", "déballez pas", "introduced/participle", "Marie Leroy"),
    "the_agency_is_the_medium_named_before_though_no_party_is": (
        "Des frappes visent la banlieue sud, selon Reuters. « Une ceinture de feu enveloppe la banlieue », a indiqué "
        "l'agence.", "ceinture de feu", "incise/inverted-subject+reference", "Reuters"),
    "a_prime_minister_is_no_minister_of_another_office_the_gazetteer_knows": (
        "« Oui, nous tiendrons », a déclaré le ministre de l'Économie Bruno Le Maire. Le Premier ministre a déclaré "
        "que « rien ne change ».", "rien ne change", "reported/subject", "Premier ministre"),
    "a_name_set_off_beside_a_title_the_parse_made_the_root_is_the_subject": (
        "Le député Paul Martin s'est porté à la défense de son chef. « Il siège en toute légitimité », a-t-il lancé."
        "\n\nLe leader parlementaire du gouvernement, Simon Durand, s'est lui aussi lancé dans la mêlée. « Qu'il "
        "démontre un peu de respect », a-t-il rétorqué.", "un peu de respect", "incise/inverted-pronoun",
        "Simon Durand"),
    "a_subject_sure_of_itself_before_a_colon_speaks": (
        "Le ministre du Travail, Paul Girard, est convaincu : « Cette réforme est indispensable. »", "indispensable",
        "colon-subject", "Paul Girard"),
    "a_person_described_acting_on_the_speaker_between_quotations": (
        "« J'ai attendu neuf heures sur un brancard », raconte Léa Martin, 72 ans. Le médecin de garde ne l'a examinée "
        "qu'à trois heures du matin. « J'avais l'impression d'être oubliée. »", "être oubliée", "continued",
        "Léa Martin"),
    "a_cleft_name_before_an_aside_speaks_before_a_colon": (
        "Dans la salle des fêtes, c'est Anne Morel, reconduite en tant qu'adjointe, qui a donné le coup d'envoi : "
        "« Rappel des résultats : la liste sortante a obtenu 31 sièges. »", "liste sortante", "colon-subject",
        "Anne Morel"),
    "a_verb_quoted_after_its_auxiliary": (
        "Le maire Paul Girard a « fermement condamné » les violences du week-end.", "les violences du week-end",
        "quoted-verb/subject", "Paul Girard"),
    "a_verb_opening_a_quotation_after_its_subject": (
        "Le ministre Paul Girard « salue le courage des soignants » et promet des renforts.", "courage des soignants",
        "quoted-verb/subject", "Paul Girard"),
    "dit_between_a_clause_and_its_subject": (
        "Le projet doit être abandonné, dit l'opposition.", "doit être abandonné", "reported/inverted-subject",
        "opposition"),
    "forces_named_by_their_adjective": (
        "Les forces kurdes ont affirmé que la ville était tombée.", "la ville était tombée", "reported/subject",
        "forces kurdes"),
    "a_phrase_after_sur_that_holds_a_quotation": (
        "Le ministre Paul Girard a insisté sur l'existence de « dossiers sensibles » avec Rome.", "dossiers sensibles",
        "reported/subject", "Paul Girard"),
    "the_words_before_voila_ce_qu_a_annonce": (
        "« Nous ne lâcherons rien sur les salaires. » Voilà ce qu'a annoncé Karim Benali à l'issue de la réunion.",
        "lâcherons rien", "told-next/subject", "Karim Benali"),
    "the_words_before_c_est_l_appel_qu_a_lance": (
        "« Il faut revenir à la table des négociations ». C'est l'appel qu'a lancé mercredi à Lyon la présidente de "
        "la région, Claire Morin.", "table des négociations", "told-next/relative-inversion", "Claire Morin"),
    "a_leader_s_qualifiers_joined_before_another_office": (
        "Le chef travailliste et Premier ministre britannique Keir Starmer a confirmé lundi que le président "
        "américain Donald Trump l'avait appelé. Interrogé à Londres, le chef travailliste a noté que « plusieurs "
        "sujets » avaient été abordés.", "plusieurs", "reported/subject+reference", "Keir Starmer"),
    "a_newspaper_s_name_in_straight_marks_opens_no_quotation": (
        'Le journal "Le Monde" affirme que le projet sera abandonné.', "projet sera abandonné", "reported/subject",
        "Le Monde"),
    "a_political_camp_speaks": (
        "De leur côté, les écologistes, ceux de Claire Morin, ont prévenu que le budget ne serait pas voté.",
        "budget ne serait pas voté", "reported/subject", "écologistes"),
    "a_feminine_envoy": (
        "L'envoyée spéciale Anne Roy a quitté Genève. L'envoyée spéciale a déclaré que la trêve tenait.",
        "trêve tenait", "reported/subject+office", "Anne Roy"),
}
PERSON_OPENING = ("« Nous avons interpellé un homme de 32 ans », a déclaré le procureur Jean Vasseur. Cette personne a "
                  "affirmé aux enquêteurs qu'elle était innocente.")

NOT_STATEMENTS = {
    "what_someone_said_that_the_writer_contradicts": (
        "Contrairement à ce qu'a affirmé le ministre du Travail, la réforme coûtera cher aux salariés."),
    "an_adjective_critique_after_a_subject_with_a_verb_of_its_own": (
        "Un député centriste critique du projet a quitté la séance mardi."),
    "a_relative_clause_after_the_one_a_verb_of_telling_addresses": (
        "La maire Claire Bonnet a averti les habitants que la crue avait chassés de leurs maisons."),
    "lequel_opening_a_question": ("Deux candidats restent en lice, Paul Durand et Marc Hervé. Lequel dira que la "
                                  "réforme est morte ?"),
    "a_locution_and_a_day_say_nothing": "Le quotidien La Presse faisait état samedi.",
    "a_word_twice_says_nothing": "Les syndicats de la fonction publique demandent tour à tour.",
    "a_question_put_to_someone": "Le journaliste Paul Roy a demandé au ministre s'il comptait démissionner.",
    "a_question_one_asks_oneself": "La députée Anne Roy se demande pourquoi le projet a échoué si vite.",
    "a_vote_on_a_bill": "Les sénateurs ont rejeté mardi le projet de loi sur les retraites par 180 voix contre 120.",
    "results_proclaimed": "La commission électorale a proclamé dimanche les résultats provisoires du premier tour.",
    "intent_is_no_speech": "Le syndicaliste Jean Dufour compte évoquer les salaires, puis veut dénoncer la réforme.",
    "negated": "Olaf Scholz n'a pas confirmé que des missiles seraient livrés.",
    "hypothetical": "Emmanuel Macron pourrait annoncer la semaine prochaine un nouveau plan d'aide.",
    "refusal_is_no_speech": "Dmitri Peskov a refusé de commenter la rencontre.",
    "without_explaining": "Les promesses de Donald Trump, faites sans expliquer comment, inquiètent les Européens.",
    "pour_time": "Pour la première fois, des soldats nord-coréens ont été capturés dans la région de Koursk.",
    "agentless_passive": "Les sanctions devaient être maintenues jusqu'à la fin de l'année, selon le texte adopté.",
    "object_only_names_speech": "Giorgia Meloni a réitéré cette demande lors de sa visite à Bruxelles.",
    "impersonal_il_convient": "Il convient de noter que le sommet de Lomé a été reporté à juin.",
    "impersonal_passive": "Il a été annoncé que le sommet de Lomé serait reporté à juin.",
    "empty_quotations": "Le ministre a déclaré : « « » puis « , », a-t-il dit. « «",
    "doubled_opening_mark": "Jean Dupont a déclaré « « » hier devant la presse.",
    "circumstance_after_que": "Joe Biden s'est exprimé alors qu'il recevait des sénateurs dans le Bureau ovale.",
    "noun_not_verb_form": "Le juge Marc Lenoir a rendu sa décision lundi après une longue audience.",
    "could_not_say": "Paul Girard n'a pas pu dire que la ville deviendrait la capitale du pays.",
    "label_line_before_narration": "Marie Dubois :\nLa maire de Vienne a inauguré le pont samedi matin.\n",
    "verdict_of_a_court": "Le maire a été reconnu coupable de favoritisme par la cour d'appel de Lyon.",
    "trial_by_a_court": "L'ancien ministre est jugé depuis janvier par le tribunal correctionnel de Paris.",
    "rejected_by_an_agent": "Cette réforme des retraites a déjà été rejetée par Paul Girard (PS) en commission.",
    "claimed_by_an_agent": "L'attaque du convoi a été revendiquée par le Front de l'Est, un groupe armé du Kivu.",
    "a_court_s_sentence": "Le tribunal correctionnel de Paris a condamné l'ancien ministre à six mois de prison.",
    "a_candidacy_rejected_past_a_date": "Le Conseil constitutionnel a rejeté, lundi 8 septembre, la candidature de "
                                        "l'opposant Paul Morel.",
    "an_act_on_one_thing": "Le maire Paul Morel a salué le travail. La Russie promet des représailles.",
    "a_pronominal_verb_the_lexicon_lacks": "Les procureurs Anne Roy et Paul Morel se sont relayés toute la journée "
                                           "pour prononcer leur réquisitoire. Le ministre Paul Morel s'est assuré "
                                           "que les secours étaient arrivés.",
}


QUOTED_NAMES = {
    "quoted_name": "Le ministre Sergueï Lavrov a évoqué l'opération « Bouclier du Nord » devant les députés.",
    "quoted_movement": "Le gouvernement congolais a condamné les attaques du « mouvement du 23 mars » au Nord-Kivu.",
    "scare_quote": ("Si le préfet Marc Lenoir a proposé jeudi aux maires de se réunir à Lyon au début du mois "
                    "prochain, le but de cette « rencontre » reste inconnu, ce qui inquiète les élus."),
}
NOT_THE_SPEAKER = {  # name: (body, a word that must not name the speaker of any statement)
    "a_ce_que_with_no_c_est_claims_nothing_before": (
        "M. Paul Dewaele a répété que l'accord était proche. Ce que, côté flamand, Groen et la N-VA excluent "
        "toujours.", "n-va"),
    "the_subject_of_a_quoted_verb_in_a_sentence_another_source_opens": (
        "Selon le préfet, les manifestants ont « promis de revenir » samedi.", "manifestants"),
    "the_object_of_a_quoted_verb": (
        "Dans un communiqué, le gouvernement tchadien a « félicité le Niger pour cette décision historique ».",
        "niger"),
    "the_subject_of_a_clause_reported_after_a_day": (
        "Le Premier ministre belge Marc Lenoir a admis jeudi que le président français Paul Arnaud avait soulevé la "
        "question d'une mission commune le mois dernier, contrairement à ce que ses déclarations laissaient "
        "entendre. « Oui, il l'a soulevée », a-t-il concédé.", "arnaud"),
    "a_place_after_a_preposition_before_a_title_is_no_person": (
        "Au cours du point de presse tenu jeudi, au Palais de Marbre, le président de la République est revenu sur "
        "la prolongation de l'état d'urgence. Il a précisé qu'il avait été amené à le faire.", "marbre"),
    "the_subject_of_a_passive_before_a_colon": (
        "François Dupuis a été piqué au vif par la question du chef de l'opposition : « Est-ce que le ministre peut "
        "reconnaître ses erreurs ? »", "dupuis"),
    "a_role_noun_with_qualifiers_another_holder_lacks": (
        "Le commissaire de police Jean Lefort a été muté à Lyon. Le commissaire européen au Commerce a estimé que les "
        "taxes étaient « injustes ».", "lefort"),
    "a_name_after_a_circumstance_is_no_apposition": (
        "« Le match était difficile », a réagi le président du club après la rencontre, Paul Roux, l'entraîneur, "
        "refusant de s'exprimer.", "roux"),
    "a_body_the_speaker_quoted_before_a_participle": (
        "Le porte-parole du gouvernement, Yossi Levin, a parlé jeudi.\n\nYossi Levin a insisté sur le fait que « le "
        "Hezbollah ne contrôlera pas la frontière », soulignant que « la direction du Hezbollah a été affaiblie ». Il "
        "a ajouté : « Nous resterons vigilants ».", "hezbollah"),
    "a_stressed_pronoun_after_a_preposition_s_phrase": (
        "La ministre Anne Vidal a défendu la réforme. Face à l'opposition, elle, a assuré que le texte irait à son "
        "terme.", "opposition"),
    "on_speaks_not_for_the_press_it_spoke_to": ("« Il fallait un électrochoc », a-t-on expliqué à la presse.",
                                                "presse"),
    "on_speaks_not_for_the_station_it_spoke_on": (
        "Le maire Paul Roy défend son projet. « Le stade sera rentable », explique-t-on sur France Bleu Provence.",
        "france"),
    "on_speaks_not_for_the_agency_it_spoke_to": ("« Un accord est proche », a-t-on déclaré à Reuters.", "Reuters"),
    "a_majority_of_people_is_no_body": (
        "La réunion a eu lieu.\n\nLa majorité des Français estime que la réforme est injuste.", "majorité"),
    "an_agency_after_a_quotation_passes_it_on": (
        "Le gouvernement a annoncé une opération militaire qui viserait à « frapper les dépôts d'armes du groupe », "
        "selon l'agence officielle.", "agence"),
    "the_agent_of_a_participle_on_a_noun_says_nothing": (
        "Le président ukrainien Viktor Hrytsenko a déclaré mercredi que les forces ukrainiennes avaient abattu treize "
        "«drones kamikazes» lancés par la Russie contre la capitale, Kiev, avant de souligner qu'il s'agissait de "
        "«tous» ceux utilisés par les forces russes contre la ville aujourd'hui.", "russia"),
    "words_named_inside_a_que_clause_announce_no_quotation": (
        "Le ministre a réagi. Dans un message ce dimanche, Paul Abena indique que les propos de Marc Kabila sont une "
        "provocation.\n« Kabila transgresse l'histoire, ses propos sont une nouvelle provocation. »", "kabila"),
    "a_feminine_description_is_no_man": (
        "Mme Inès Leclerc a parlé à la radio. Le roi a reçu M. Hugo Vermeulen, ministre des Finances. Le budget sera "
        "voté, selon la ministre.", "vermeulen"),
    "a_comme_clause_of_a_request_tells_nothing": (
        "La séance a été levée.\n\nLa Cour n'a pas ordonné de trêve, comme le demandait la Belgique dans sa requête.",
        "belgium"),
    "a_verb_with_an_attribute_inverts_no_subject": (
        "Le président Paul Marin, dans un message publié lundi, a exprimé la volonté de son pays de « travailler pour "
        "la paix », s'est déclaré favorable à une réunion trilatérale Ukraine-États-Unis-Russie et a annoncé qu'il "
        "irait à Genève.", "ukraine"),
    "a_state_hyphenated_to_others_is_part_of_a_noun": (
        "Le président Jean Dufour, dans un message publié mardi, a exprimé la volonté de son pays de « travailler pour "
        "la paix », s'est déclaré favorable à une réunion trilatérale Ukraine-États-Unis-Russie et a annoncé qu'il "
        "irait à Genève.", "russia"),
    "a_communique_passes_on_a_ministers_words": (
        "Dans une lettre, le ministre des Affaires étrangères, Karim Nasser, a décrit l'attaque comme « une provocation "
        "grave » contre le pays et a « appelé le Conseil de sécurité à réagir », précise un communiqué du ministère "
        "algérien.", "ministère"),
    "a_known_party_s_leader_is_no_head_of_state": (
        "Le candidat du Parti démocratique de Côte d'Ivoire, Jean Kouassi, a contesté les résultats qui donnent la "
        "victoire à Alassane Ouattara. Le leader du PDCI a ensuite dénoncé une élection « sans aucune crédibilité ».",
        "ouattara"),
    "a_medium_passing_on": ("Le journal Le Monde rappelle que le député Luc Perrin a démenti avoir voté la loi "
                            "en commission.", "monde"),
    "office_word_with_a_complement_of_its_own": (
        "Le président Marc Aldo a été réélu dimanche avec 60 % des voix, devant son rival Paul Ndiaye. Selon le "
        "leader de l'opposition, les résultats ont été falsifiés dans plusieurs régions.", "aldo"),
    "leader_of_a_body_nobody_knows": ("Le chef du gouvernement Pedro Sánchez était absent mardi. Le leader du PPX a "
                                      "exigé de connaître les négociations avec les indépendantistes.", "sánchez"),
    "office_word_with_an_adjective_of_another_domain": (
        "La Première ministre Claire Vidal était en visite à Lyon. Le mouvement n'aura « pas de point final tant que "
        "nous n'avons pas de garanties », a expliqué le leader syndical.", "vidal"),
    "masculine_leader_is_no_woman_leader": (
        "La présidente de la Chambre Anne Roy était en visite à Lyon. La bataille a viré à la guerre ouverte "
        "lorsque le président, visiblement outré, a annoncé qu'il ne collaborerait plus avec eux.", "roy"),
    "inverted_pronoun_is_not_in_the_clause_it_reports": (
        "La députée Claire Vidal a exprimé ses inquiétudes sur la sécurité nationale.\n\nAnne Roy devrait répondre "
        "à ces questions, a-t-elle souligné.", "roy"),
    "subject_right_after_a_selon_phrase": ("Selon l'administration Maduro, Marie Lenko « conspire » avec des "
                                           "gouvernements étrangers.", "lenko"),
    "subject_of_the_clause_an_incise_cuts": ("Le gouvernement, a assuré la ministre Claire Vidal, ne reculera pas sur "
                                             "la réforme.", "gouvernement"),
    "circumstance_the_parse_made_subject": ("Sur le réseau social X, celui qui sera élu maire dans les "
                                            "prochains jours a réitéré que les routes du département étaient "
                                            "coupées.", "x"),
    "inside_a_relative_clause_after_an_inverted_verb": (
        "« Notre main est tendue », a réitéré le président du conseil régional, qui a vécu un moment difficile "
        "lorsqu'un élu est tombé malade.", "élu"),
    "addressee_of_an_incise": ("« Vous avez trahi », lui a lancé Paul Renard devant ses collègues.", "lui"),
    "plural_pronoun_after_a_plural_subject": ("Les syndicats CGT et FO ont attaqué le gouvernement de Paul Girard. Ils "
                                              "dénoncent une réforme injuste.", "girard"),
    "selon_elle_inside_a_relative_clause": ("En fin de séance, la conseillère de l'opposition a déploré l'attitude de "
                                            "la majorité RN qui, selon elle, ne répond pas aux questions.",
                                            "rassemblement"),
    "organisation_named_after_a_pronoun": ("« Les prix resteront raisonnables », a-t-elle assuré en citant les "
                                           "chiffres de l'opérateur Enedis.", "enedis"),
    "topic_of_a_live_blog_line": ("Jean Martin tient sa conférence de presse.\n\n14-48 : Sur les vols vers "
                                  "l'Égypte : « La décision n'est pas liée à la confiance »", "egypt"),
    "role_of_another_body": ("Le président du CD&V, Marc Peeters, a parlé mardi. « La coalition tiendra », a assuré "
                             "le président de la N-VA à la VRT.", "peeters"),
    "a_leader_of_another_state": ("Donald Trump a reçu son invité mardi. Devant la presse, le président ukrainien "
                                  "explique qu'il remettra un costume une fois la guerre finie.", "trump"),
    "a_name_ending_in_un_is_no_second_subject": ("La sœur de Kim Jong Un a ensuite affirmé que les ballons ne "
                                                 "contenaient que du papier.", "un"),
    "selon_lesquelles_after_a_name_is_no_claim_of_that_name": (
        "Le Premier ministre Marc Aubry a réagi aux nouvelles mesures du président Paul Dorsey, selon lesquelles "
        "l'acier serait taxé de 50 %.", "dorsey"),
    "a_day_after_an_inverted_subject_is_not_part_of_it": ("« Le texte est prêt », a affirmé le porte-parole mardi "
                                                          "lors de la séance.", "mardi"),
    "a_name_after_a_gerund_is_not_the_inverted_subject": ("«On a un nouvel acteur, très éloquent, qui parle du "
                                                          "même sujet avec beaucoup plus de clairvoyance», a "
                                                          "rétorqué le premier ministre en évoquant visiblement "
                                                          "Julien Fortin-Leduc.", "fortin-leduc"),
    "a_named_agency_after_the_speaker_relays": ("L'ancien président Paul Ngono est détenu dans un lieu secret, ont "
                                                "déclaré ses avocats, indique Reuters.", "reuters"),
    "a_source_after_an_inverted_subject_is_not_part_of_it": ("Les élections ont eu lieu dimanche. « Nous "
                                                             "gagnerons », a déclaré le porte-parole selon "
                                                             "Newsmoldova.", "newsmoldova"),
    "name_of_a_person_in_the_complement": ("Emmanuel Macron a reçu la presse. « Le peuple belge est notre ami », a "
                                           "rétorqué le Président en réponse aux critiques des dirigeants belges Paul "
                                           "Dumont et Marc Lenoir.", "dumont"),
}
COLLECTIVE = ("« Encore une fois, rien n'est fait », ont déclaré ces familles. « Nous exigeons des réponses "
              "avant la fin de la semaine. »")


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    bodies = {name: case[0] for name, case in CASES.items()} | NOT_STATEMENTS | QUOTED_NAMES | {
        name: body for name, (body, _) in NOT_THE_SPEAKER.items()} | {
        "collective": COLLECTIVE, "name_before_comma": NAME_BEFORE_COMMA, "quoted_word": QUOTED_WORD, "heading": HEADING,
        "heading_after_a_speaker": HEADING_AFTER_A_SPEAKER, "nickname": NICKNAME,
        "one_of_them": ONE_OF_THEM,
        "other_office": OTHER_OFFICE, "epithet_of_a_named_person": EPITHET_OF, "participle_after_an_incise": PARTICIPLE,
        "participle_inside": PARTICIPLE_INSIDE, "plural_pronoun": PLURAL_PRONOUN,
        "trailing_fragment": TRAILING, "fronted_clause": FRONTED_CLAUSE, "cited_by": CITED_BY,
        "inverted_subject_set_off": INVERTED_SUBJECT_SET_OFF, "spaced_apostrophes": SPACED_APOSTROPHES,
        "borrowed": BORROWED, "fronted_before_apposition": FRONTED_BEFORE_APPOSITION, "quoted_claim": QUOTED_CLAIM,
        "a_person_who_opens_a_sentence": PERSON_OPENING, "colon_after_circumstances": COLON_AFTER_CIRCUMSTANCES,
        "other_minister": OTHER_MINISTER, "banner": BANNER, "far_locution": FAR_LOCUTION,
        "described_between": DESCRIBED_BETWEEN, "left_unsaid": LEFT_UNSAID} | {
        name: body for name, (body, _) in NOT_SAID.items()}
    return build_many(tmp_path_factory.mktemp("attribution"), bodies | {"same_source": SAME_SOURCE,
                                                                         "titled_subject": TITLED_SUBJECT})


NOT_SAID = {  # name: (body, words no statement holds)
    "voici_points_ahead": (
        "Le sommet s'est ouvert mardi à Bruxelles. Voici ce qu'a déclaré la présidente de la Commission, Ursula Kern, "
        "à son arrivée : « Nous devons rester unis. »", "sommet s'est ouvert"),
    "a_cleft_on_a_speech_its_focus": (
        "Les élus ont quitté la séance en colère. C'est le discours qu'a prononcé le ministre Paul Garnier qui a mis "
        "le feu aux poudres.", "élus ont quitté"),
}
LEFT_UNSAID = ("« Elle est arrivée », a déclaré le porte-parole Marco Bianchi, sans toutefois préciser si elle "
               "rencontrerait le pape.")
SPACED_APOSTROPHES = ("Faux, rétorque Ibrahim Mahamat.\n\n‘’Les gens ont dit qu’il y a eu des combats. Vous me voyez, "
                      "je suis vivant. Je suis là pour une semaine ‘’, répond-il devant ses soldats.")
INVERTED_SUBJECT_SET_OFF = ('"C’est un règlement de comptes visant les adversaires politiques", a affirmé M. Khalfi, '
                            "le porte-parole d’Ennahdha. Selon lui, M. Jabri a entamé une grève de la faim.")
FRONTED_CLAUSE = ("Puisque le syndicat Force ouvrière avait prévenu qu'il ne signerait pas l'accord proposé par la "
                  "direction, le ministre du Travail Paul Girard s'est permis d'ironiser. « Je délivre au syndicat un "
                  "certificat de mauvaise humeur », a-t-il lancé.")
QUOTED_CLAIM = ("Le ministre Jean Morin a démenti les affirmations du président Paul Kagame selon lesquelles « l'armée "
                "a franchi la frontière ».")
FRONTED_BEFORE_APPOSITION = ("Alors que le maire Paul Vidal affirme que le port a été vendu « à des intérêts "
                             "étrangers », une élue de l'opposition, Sandrine Morel, a exprimé ses craintes.")
CITED_BY = "« Nous ne céderons pas », a déclaré le ministre Ivan Petrov, cité par l'agence Tass."
COLON_AFTER_CIRCUMSTANCES = ("Le secrétaire du syndicat, Paul Girard, a confirmé au micro de la radio locale : "
                             "« Il est clair que la grève commencera lundi dans toutes les gares. »")
TRAILING = ("Arnaud Leroy, président du syndicat agricole, a annoncé la reprise des actions de contestation des "
            "agriculteurs dans \"les 15 jours qui viennent\".")
PLURAL_PRONOUN = ("« Nous ne dirons rien », a déclaré M. Paul Girard refusant de donner des précisions.\n\n« Le "
                  "dossier est vide », ont indiqué dans un communiqué les deux conseils de la députée, dont Me Anne "
                  "Roy. Ils affirment que la maison a été fouillée.")
PARTICIPLE_INSIDE = ("La ministre Claire Dubois a évoqué la volonté du gouvernement de dialoguer avec les syndicats, "
                     "notant que la réforme serait présentée en mars.")
PARTICIPLE = ("« Nous devons agir vite », a insisté la ministre Claire Vidal, soulignant que cette « crise » pouvait "
              "« être maîtrisée ».")
HEADING = ("Paul Girard, délégué du syndicat, est venu devant le palais de justice. « Le métier a changé », "
           "explique-t-il.\n\n« Pas un héros »\n\nLa manifestation a duré deux heures.")
NICKNAME = ("Le candidat Paul Marin a parlé. Le candidat du Parti des travailleurs, Luiz Inácio Lula da Silva, dit "
            "Lula, ex-président et star de la gauche brésilienne, obtient 48 % des voix.")
HEADING_AFTER_A_SPEAKER = ("Paul Girard a pris la parole devant le palais.\n\n« Pas un héros »\n\nLa manifestation a "
                           "duré. Paul Girard estime que rien n'est réglé.\n\n\"Les esprits restent chauds, rien n'est "
                           "réglé\"\n\nLa foule s'est dispersée.")
ONE_OF_THEM = ("« Le métier a changé », explique l'un d'eux devant le palais de justice. « Il a fait son travail », "
               "assure encore Paul Girard.")
OTHER_OFFICE = ("Le sommet aura lieu, à en croire Bart De Wever. À en croire le ministre de l'Intérieur, la sécurité "
                "est assurée.")
QUOTED_WORD = ("« La ville respire enfin », a lancé Marc Leroy devant ses partisans.\n\n« Renouveau » de la gauche. "
               "La soirée s'est achevée tard.")


EPITHET_OF = ("« Le pays tiendra », a affirmé Paul Renard. La femme du ministre Luc Morel a déclaré que la famille "
              "restait à Paris.")
BORROWED = ("La séance a été levée.\n\nAnne Roy a écarté les critiques. Elle a toutefois noté que les membres devaient "
            "augmenter leurs contributions, qualifiant cette hausse de «juste». Interrogée sur un recours, elle a "
            "répondu : « Jamais ».")
SAME_SOURCE = ("« La réunion a duré deux heures », raconte un participant. « Rien n'a été décidé », précise la même "
               "source.")


NAME_BEFORE_COMMA = ("Après avoir affirmé pendant des jours que les secours avaient atteint un village isolé, le préfet "
                     "régional de Savoie, Marc Lenoir, a déclaré lundi que la route s'était à nouveau effondrée.")


@pytest.mark.parametrize("name", [n for n, c in CASES.items() if c[3] is not None])
def test_strategy_finds_its_speaker(built, name):
    _, words, rule, speaker = CASES[name]
    found = [(st, who) for st, who in said(built, name) if words in st.text]
    assert found, [(s.rule, s.text) for s, _ in said(built, name)]
    st, who = found[0]
    assert (st.rule, who.label) == (rule, speaker)
    assert 0 < st.confidence <= 1


def test_this_person_opening_a_sentence_is_not_the_speaker_before(built):
    """Only an inverted 'cette personne' closing a quotation is whoever spoke just before."""
    found = [who.label for st, who in said(built, "a_person_who_opens_a_sentence") if "innocente" in st.text]
    assert found and "Jean Vasseur" not in found


@pytest.mark.parametrize("name", NOT_THE_SPEAKER)
def test_a_phrase_that_cannot_be_the_speaker_never_is(built, name):
    word = NOT_THE_SPEAKER[name][1]
    assert not [who.label for _, who in said(built, name) if word in who.label.lower().split()]


def test_an_epithet_with_a_person_in_its_complement_is_not_the_last_speaker(built):
    found = said(built, "epithet_of_a_named_person")
    assert [who.label for st, who in found if "famille restait" in st.text] in ([], ["femme du ministre Luc Morel"])


def test_words_of_a_fronted_clause_end_before_a_subject_set_beside_a_name(built):
    """'Alors que X affirme que …, une élue, Y, a exprimé …': X's words end at the comma before the main clause."""
    found = [st.text for st, who in said(built, "fronted_before_apposition") if who.label == "Paul Vidal"]
    assert found and "intérêts étrangers" in found[0] and "Morel" not in found[0], found


def test_a_quoted_claim_is_its_owner_s(built):
    """'X a démenti les affirmations de Y selon lesquelles « … »': the quotation is Y's claim."""
    found = [(st.rule, who.label) for st, who in said(built, "quoted_claim") if st.text.startswith("l'armée")]
    assert found == [("reported/claim-noun", "Paul Kagame")], found


def test_dit_before_a_nickname_is_no_verb_of_saying(built):
    assert [st.cue for st, _ in said(built, "nickname")] == []


def test_a_quoted_heading_alone_on_its_line_is_no_one_s_words(built):
    assert [st.text for st, _ in said(built, "heading")] == ["Le métier a changé"]
    assert [st.text for st, _ in said(built, "heading_after_a_speaker")] == ["estime que rien n'est réglé"]


def test_a_few_quoted_words_a_phrase_joins_to_the_verb_are_reported_speech_not_a_quotation(built):
    found = sorted((st.kind, who.label, st.text.split(", ")[-1]) for st, who in said(built, "borrowed"))
    assert found == [("direct", "Anne Roy", "Jamais"), ("indirect", "Anne Roy", "qualifiant cette hausse de «juste»")]


def test_one_of_them_is_never_the_person_named_after(built):
    found = {st.text[:12]: who.label for st, who in said(built, "one_of_them")}
    assert found == {"Le métier a ": "un d'eux", "Il a fait so": "Paul Girard"}


INTERVIEW_TITLE = "« Nos stocks sont trop bas » : entretien avec le général Marc Vidal"
INTERVIEW_QA = ("Le chef de l'armée de Terre nous a reçus à Paris.\n\nLa guerre a-t-elle changé votre vision ?\n\n"
                "Oui, profondément. Nous avons redécouvert la guerre de haute intensité.\n\nFaut-il envoyer des "
                "troupes ?\n\nCe n'est pas à moi d'en décider.\n\nPropos recueillis par Anne Roy")


def test_an_interview_s_answers_and_its_title_quotation_are_the_interviewee_s(tmp_path):
    built = build_many(tmp_path, {"interview_qa": INTERVIEW_QA}, headline=INTERVIEW_TITLE)
    found = [(st.text[:16], who.label, st.rule) for st, who in said(built, "interview_qa")]
    assert found == [("Nos stocks sont ", "Marc Vidal", "interview"), ("Oui, profondémen", "Marc Vidal", "interview"),
                     ("Ce n'est pas à m", "Marc Vidal", "interview")]


def test_a_lead_that_ends_on_a_question_opens_no_answers(tmp_path):
    body = ("Les incendies ont ravagé 30 000 hectares cet été. Faut-il s'habituer à ces étés de feu ?\n\nLe ministre "
            "de l'Agriculture, Paul Roy, a annoncé mardi un fonds de 200 millions d'euros.\n\nPourquoi les forêts "
            "sont-elles plus vulnérables ?\n\nLes sécheresses se succèdent et les sols ne se rechargent plus.")
    built = build_many(tmp_path, {"lead_question": body},
                       headline="« La forêt brûle plus tôt » : entretien avec la chercheuse Anne Vidal")
    found = {st.text[:20]: who.label for st, who in said(built, "lead_question")}
    assert found.get("a annoncé mardi un f") == "Paul Roy" and "Les sécheresses se s" not in found


def test_an_answer_after_the_name_or_initials_of_the_interviewee_leaves_them_out(tmp_path):
    body = ("La croissance ralentit.\n\nFaut-il craindre une récession ?\n\nAnne Roy : Le risque existe, mais il reste "
            "limité.\n\nLa banque doit-elle agir ?\n\nA.R. : Oui, et rapidement.")
    built = build_many(tmp_path, {"labelled_answers": body}, headline="Trois questions à Anne Roy, économiste")
    assert [(st.text, who.label) for st, who in said(built, "labelled_answers")] == [
        ("Le risque existe, mais il reste limité.", "Anne Roy"), ("Oui, et rapidement.", "Anne Roy")]


OTHER_MINISTER = ("La réunion a duré.\n\n« Nous tiendrons », a déclaré le ministre de la Culture, Paul Roy. Le Premier "
                  "ministre a assuré que le gouvernement irait jusqu'au bout.")
DESCRIBED_BETWEEN = ("« Nous tiendrons », a répété le ministre Paul Roux.\n\nLe Premier ministre ne compte pas céder "
                     "face à la grogne. « On ne lâche rien », cette phrase est celle de son entourage.")
BANNER = ("La marche a eu lieu.\n\n« Nous resterons », a déclaré le maire Paul Morel. « Paix pour tous », "
          "pouvait-on lire sur une banderole.")


def test_a_minister_given_another_portfolio_is_not_the_prime_minister(built):
    found = {st.text[:12]: who.label for st, who in said(built, "other_minister")}
    assert found == {"Nous tiendro": "Paul Roy", "a assuré que": "Premier ministre"}


FAR_LOCUTION = "Le syndicat insiste toujours pour mettre fin à la grève avant de parler de la hausse des salaires."


def test_a_locution_s_words_stand_near_its_verb(built):
    """'mettre fin à la grève avant' is no 'mettre en avant'."""
    assert [st.cue for st, _ in said(built, "far_locution")] == ["insister"]


def test_words_one_could_read_on_a_banner_are_no_one_s(built):
    assert [st.text for st, _ in said(built, "banner")] == ["Nous resterons"]


def test_an_office_the_last_speaker_does_not_hold_is_not_his(built):
    found = {st.text[:12]: who.label for st, who in said(built, "other_office")}
    assert found == {"Le sommet au": "Bart De Wever", "la sécurité ": "ministre de l'Intérieur"}


TITLED_SUBJECT = ("Le procès s'est poursuivi. « Je suis une dirigeante politique », a déclaré Marine Le Pen.\n\n"
                  "La présidente Claire de Vidal l'interrompt dans sa lancée.\n\nLa veille, elle avait laissé Marine Le "
                  "Pen parler longtemps. « On ne peut pas vous laisser reprendre la parole pendant une heure. »")


def test_a_quotation_does_not_go_on_past_a_subject_named_after_a_title(built):
    assert [(st.text, who.label) for st, who in said(built, "titled_subject")] == [
        ("Je suis une dirigeante politique", "Marine Le Pen")]


def test_one_quoted_word_in_the_writer_s_sentence_does_not_go_on_quoting(built):
    assert [st.text for st, _ in said(built, "quoted_word")] == ["La ville respire enfin"]


def test_reported_words_after_an_incise_leave_out_the_quotation_it_frames(built):
    found = sorted(st.text for st, _ in said(built, "participle_after_an_incise"))
    assert found == ["Nous devons agir vite", "soulignant que cette « crise » pouvait « être maîtrisée »"]


def test_a_quotation_a_colon_introduces_after_the_circumstances_of_its_verb_is_told_once(built):
    """'a confirmé au micro de la radio : « … »': the verb's circumstances add nothing to the quotation."""
    assert [st.text for st, _ in said(built, "colon_after_circumstances")] == [
        "Il est clair que la grève commencera lundi dans toutes les gares."]


def test_a_fragment_quoted_right_after_reported_words_joins_them(built):
    assert [st.text for st, _ in said(built, "trailing_fragment")] == [
        'a annoncé la reprise des actions de contestation des agriculteurs dans "les 15 jours qui viennent"']


def test_a_quotation_another_source_gives_ends_the_first_speaker_s_words(built):
    words = [st.text for st, who in said(built, "quotation_sourced_after") if "Girard" in who.label]
    assert words and not any("puni" in w for w in words)


def test_a_contrast_ends_the_first_speaker_s_words(built):
    first = [st for st, who in said(built, "contrast_after_tandis_que") if who.label == "Anne Roy"]
    assert [st.text for st in first] == ["a affirmé jeudi que la ligne serait prête en mai"]


@pytest.mark.parametrize("name, polarity", [("metonym", "deny"), ("incise_clitic", "insist"),
                                            ("passive_agent", "accuse"), ("selon", None)])
def test_statement_carries_its_cue_s_polarity(built, name, polarity):
    assert {st.polarity for st, _ in said(built, name)} == {polarity}


@pytest.mark.parametrize("name", QUOTED_NAMES)
def test_a_quoted_name_is_no_quotation(built, name):
    found = said(built, name)
    assert found and all(st.kind == "indirect" for st, _ in found), [(st.kind, st.text) for st, _ in found]


def test_a_group_in_view_speaks_and_goes_on_speaking(built):
    found = said(built, "collective")
    assert [st.rule for st, _ in found] == ["incise/inverted-subject", "continued"]
    assert {who.label for _, who in found} == {"familles"} and all(who.unnamed for _, who in found)


def test_relaying_agency_is_not_a_second_speaker(built):
    speakers = {who.label for _, who in said(built, "relay_reversed")}
    assert speakers == {"Abbas Araghchi"}


def test_speech_inside_reported_speech_is_the_reporter_s(built):
    assert {who.label for _, who in said(built, "nested_report")} == {"Sergei Lavrov"}


def test_an_inverted_verb_s_subject_is_not_what_it_said(built):
    texts = [st.text for st, _ in said(built, "inverted_subject_set_off")]
    assert texts and not [t for t in texts if t.startswith("a affirmé")], texts


def test_two_apostrophes_after_a_space_close_a_quotation(built):
    found = [(st.text.endswith("pour une semaine"), who.label) for st, who in said(built, "spaced_apostrophes")]
    assert found == [(True, "Ibrahim Mahamat")]


def test_incise_with_a_clitic_makes_no_second_statement(built):
    speakers = [who.label for _, who in said(built, "quoted_subject_is_no_antecedent")]
    assert speakers == ["Donald Trump"]


def test_a_name_apposed_to_the_source_of_selon_is_not_what_it_said(built):
    texts = [st.text for st, _ in said(built, "selon_an_office_then_its_holder_after_the_clause")]
    assert texts and not [t for t in texts if "Ndiaye" in t], texts


def test_mixed_quotation_reports_the_whole_clause(built):
    texts = [st.text for st, _ in said(built, "mixed_quotation")]
    assert any(t.startswith("L'élection est") and "terminée" in t for t in texts), texts


@pytest.mark.parametrize("name", NOT_STATEMENTS)
def test_not_a_statement(built, name):
    assert said(built, name) == []


def test_a_name_right_before_the_comma_of_the_verb_speaks(built):
    """'…, le préfet de Savoie, Marc Lenoir, a déclaré que …' when the parse hangs the subject elsewhere."""
    found = [(st, who) for st, who in said(built, "name_before_comma") if st.cue == "déclarer"]
    assert [(st.rule, who.label) for st, who in found] == [("reported/nearest-name", "Marc Lenoir")]


def test_a_fronted_clause_reports_up_to_the_main_clause(built):
    """'Puisque X avait prévenu que …, le ministre Y s'est permis …': X's words end at the comma, and 'il' after
    it is Y, the main clause's subject."""
    found = [(st.text, who.label) for st, who in said(built, "fronted_clause")]
    union = [t for t, w in found if "Force ouvrière" in w]
    assert union and union[0].startswith("avait prévenu") and not any("ministre" in t for t in union), found
    assert [w for t, w in found if "mauvaise humeur" in t] == ["Paul Girard"], found


def test_a_participle_whose_words_its_verb_reports_makes_no_second_statement(built):
    """'X a évoqué …, notant que …' where the verb's words run on over the participle's: one statement."""
    found = [st.rule for st, _ in said(built, "participle_inside")]
    assert found == ["reported/subject"], found


def test_ils_is_never_one_person(built):
    """'ils' after a single speaker and a singular description stands for neither."""
    found = [who.label for st, who in said(built, "plural_pronoun") if "fouillée" in st.text]
    assert not {"Paul Girard", "députée"} & set(found), found


def test_words_told_by_a_verb_in_the_plural_do_not_go_on_with_one_person(built):
    """'« … », ont indiqué les deux conseils …' after M. Girard's words is not his, though its speakers go
    unresolved."""
    found = [who.label for st, who in said(built, "plural_pronoun") if "dossier est vide" in st.text]
    assert "Paul Girard" not in found, found


def test_a_participle_with_its_agent_resumes_no_clause(built):
    """'« … », a déclaré X, cité par l'agence Y': one statement, the quotation."""
    assert [st.kind for st, _ in said(built, "cited_by")] == ["direct"]


def test_a_spokesperson_passing_words_on_is_no_second_speaker(built):
    assert {who.label for _, who in said(built, "spokesperson_passes_on")} == {"Jean Martin"}


def test_the_same_source_is_the_source_last_quoted(built):
    found = said(built, "same_source")
    assert [who.label for _, who in found] == ["participant", "participant"] and found[1][1].unnamed


def test_a_person_described_as_a_subject_between_stops_the_words_going_on_with_the_last_speaker(built):
    found = [who.label for st, who in said(built, "described_between") if "lâche rien" in st.text]
    assert "Paul Roux" not in found


def test_what_someone_did_not_say_is_no_statement(built):
    """'…, sans toutefois préciser si …': the verb a 'sans' negates past an adverb reports nothing."""
    found = [st.text for st, _ in said(built, "left_unsaid")]
    assert found and not [text for text in found if "rencontrerait" in text]


@pytest.mark.parametrize("name", NOT_SAID)
def test_the_writer_s_sentence_before_a_pointer_ahead_is_no_one_s(built, name):
    """'Voici ce qu'a déclaré X : …' and 'C'est le discours qu'a prononcé X qui …' do not give X the sentence
    before."""
    body, words = NOT_SAID[name]
    assert not [st.text for st, _ in said(built, name) if words in st.text]
