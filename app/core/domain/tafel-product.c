/* tafel-product.c: product groups and deelproducten */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "tafel-product.h"
#include "tafel-traject.h"

struct _TafelProductgroep
{
  TafelEntity parent_instance;

  gint64      traject_id;
  gint64      position;
  char       *name;
  char       *abbreviation;
  char       *created_at;
  char       *modified_at;
};

struct _TafelDeelproduct
{
  TafelEntity parent_instance;

  gint64      traject_id;
  gint64      position;
  gint64      productgroep_id;
  char       *name;
  const char *inkoopniveau;
  char       *productcode;
  const char *uitvoeringsvariant;
  char       *doelgroepen;
  char       *activiteiten;
  char       *doorlooptijd;
  char       *intensiteit;
  char       *kwaliteit;
  char       *beoogd_resultaat;
  gint64      max_duur;
  const char *max_duur_unit;
  gint64      max_frequentie;
  const char *max_frequentie_unit;
  const char *intensiteit_eenheid;
  const char *duur_eenheid;
  gboolean    niveau_licht;
  gboolean    niveau_middel;
  gboolean    niveau_zwaar;
  gboolean    niveau_intensief;
  gboolean    groepsproduct;
  gint64      indirect_per_direct;
  char       *besluit_toelichting;
  char       *created_at;
  char       *modified_at;
};

const char *const tafel_verordening_aspects[] = {
  "doelgroepen",
  "activiteiten",
  "doorlooptijd",
  "intensiteit",
  "kwaliteit",
  "beoogd_resultaat",
  "productcode",
  NULL
};

static const TafelField productgroep_fields[] = {
  TAFEL_TRAJECT_FIELD (TafelProductgroep),
  { "position", TAFEL_FIELD_INT, G_STRUCT_OFFSET (TafelProductgroep, position), N_("position"),
    0, G_MAXINT32, NULL, NULL, TAFEL_FIELD_AUTO },
  { "name", TAFEL_FIELD_TEXT, G_STRUCT_OFFSET (TafelProductgroep, name), N_("name"),
    1, TAFEL_NAME_MAX, NULL, NULL, TAFEL_FIELD_REQUIRED | TAFEL_FIELD_UNIQUE },
  { "abbreviation", TAFEL_FIELD_TEXT, G_STRUCT_OFFSET (TafelProductgroep, abbreviation),
    N_("abbreviation"), 0, 20, NULL, NULL, 0 },
  TAFEL_TIMESTAMP_FIELDS (TafelProductgroep),
  { NULL }
};

static const TafelTable productgroep_table = {
  .name = "productgroep",
  .label = N_("Product group"),
  .title_column = "name",
  .order_by = "position, id",
  .per_traject = TRUE,
  .positioned = TRUE,
  .fields = productgroep_fields,
};

#define ASPECT(member, label)                                                      \
  { #member, TAFEL_FIELD_LONG_TEXT, G_STRUCT_OFFSET (TafelDeelproduct, member),    \
    label, 0, TAFEL_LONG_TEXT_MAX, NULL, NULL, 0 }

static const TafelField deelproduct_fields[] = {
  TAFEL_TRAJECT_FIELD (TafelDeelproduct),
  { "position", TAFEL_FIELD_INT, G_STRUCT_OFFSET (TafelDeelproduct, position), N_("position"),
    0, G_MAXINT32, NULL, NULL, TAFEL_FIELD_AUTO },
  { "productgroep_id", TAFEL_FIELD_REF, G_STRUCT_OFFSET (TafelDeelproduct, productgroep_id),
    N_("product group"), 0, 0, NULL, "productgroep", 0 },
  { "name", TAFEL_FIELD_TEXT, G_STRUCT_OFFSET (TafelDeelproduct, name), N_("name"),
    1, 300, NULL, NULL, TAFEL_FIELD_REQUIRED | TAFEL_FIELD_UNIQUE },
  { "inkoopniveau", TAFEL_FIELD_CHOICE, G_STRUCT_OFFSET (TafelDeelproduct, inkoopniveau),
    N_("inkoopniveau"), 0, 0, tafel_inkoopniveaus, NULL, 0 },
  { "productcode", TAFEL_FIELD_TEXT, G_STRUCT_OFFSET (TafelDeelproduct, productcode),
    N_("productcode"), 0, 10, NULL, NULL, TAFEL_FIELD_CODE },
  { "uitvoeringsvariant", TAFEL_FIELD_CHOICE, G_STRUCT_OFFSET (TafelDeelproduct, uitvoeringsvariant),
    N_("uitvoeringsvariant"), 0, 0, tafel_deelproduct_varianten, NULL, 0 },
  ASPECT (doelgroepen, N_("target groups")),
  ASPECT (activiteiten, N_("activities")),
  ASPECT (doorlooptijd, N_("lead time")),
  ASPECT (intensiteit, N_("intensity")),
  ASPECT (kwaliteit, N_("quality")),
  ASPECT (beoogd_resultaat, N_("intended result")),
  { "max_duur", TAFEL_FIELD_INT, G_STRUCT_OFFSET (TafelDeelproduct, max_duur),
    N_("maximum duration"), 0, 999, NULL, NULL, 0 },
  { "max_duur_unit", TAFEL_FIELD_CHOICE, G_STRUCT_OFFSET (TafelDeelproduct, max_duur_unit),
    N_("unit of the maximum duration"), 0, 0, tafel_duration_units, NULL, 0 },
  { "max_frequentie", TAFEL_FIELD_INT, G_STRUCT_OFFSET (TafelDeelproduct, max_frequentie),
    N_("maximum frequency"), 0, 999, NULL, NULL, 0 },
  { "max_frequentie_unit", TAFEL_FIELD_CHOICE, G_STRUCT_OFFSET (TafelDeelproduct, max_frequentie_unit),
    N_("unit of the maximum frequency"), 0, 0, tafel_frequency_units, NULL, 0 },
  /* schema 2: intensity, duration and the decision */
  { "intensiteit_eenheid", TAFEL_FIELD_CHOICE, G_STRUCT_OFFSET (TafelDeelproduct, intensiteit_eenheid),
    N_("unit of the intensity"), 0, 0, tafel_intensiteit_eenheden, NULL, 0 },
  { "duur_eenheid", TAFEL_FIELD_CHOICE, G_STRUCT_OFFSET (TafelDeelproduct, duur_eenheid),
    N_("unit of the duration"), 0, 0, tafel_duur_eenheden, NULL, 0 },
  { "niveau_licht", TAFEL_FIELD_BOOL, G_STRUCT_OFFSET (TafelDeelproduct, niveau_licht),
    N_("level light in use"), 0, 0, NULL, NULL, 0 },
  { "niveau_middel", TAFEL_FIELD_BOOL, G_STRUCT_OFFSET (TafelDeelproduct, niveau_middel),
    N_("level medium in use"), 0, 0, NULL, NULL, 0 },
  { "niveau_zwaar", TAFEL_FIELD_BOOL, G_STRUCT_OFFSET (TafelDeelproduct, niveau_zwaar),
    N_("level heavy in use"), 0, 0, NULL, NULL, 0 },
  { "niveau_intensief", TAFEL_FIELD_BOOL, G_STRUCT_OFFSET (TafelDeelproduct, niveau_intensief),
    N_("level intensive in use"), 0, 0, NULL, NULL, 0 },
  { "groepsproduct", TAFEL_FIELD_BOOL, G_STRUCT_OFFSET (TafelDeelproduct, groepsproduct),
    N_("group product"), 0, 0, NULL, NULL, 0 },
  { "indirect_per_direct", TAFEL_FIELD_DECIMAL, G_STRUCT_OFFSET (TafelDeelproduct, indirect_per_direct),
    N_("indirect time as a share of direct time"), 0, 50000, NULL, NULL, TAFEL_FIELD_REQUIRED },
  { "besluit_toelichting", TAFEL_FIELD_LONG_TEXT, G_STRUCT_OFFSET (TafelDeelproduct, besluit_toelichting),
    N_("rationale of the decision"), 0, TAFEL_LONG_TEXT_MAX, NULL, NULL, 0 },
  TAFEL_TIMESTAMP_FIELDS (TafelDeelproduct),
  { NULL }
};

static const TafelTable deelproduct_table = {
  .name = "deelproduct",
  .label = N_("Deelproduct"),
  .title_column = "name",
  .order_by = "position, id",
  .per_traject = TRUE,
  .positioned = TRUE,
  .fields = deelproduct_fields,
};

TAFEL_DEFINE_ENTITY (TafelProductgroep, tafel_productgroep, &productgroep_table)
G_DEFINE_FINAL_TYPE (TafelDeelproduct, tafel_deelproduct, TAFEL_TYPE_ENTITY)

static void
tafel_deelproduct_class_init (TafelDeelproductClass *klass)
{
  tafel_entity_class_set_table (TAFEL_ENTITY_CLASS (klass), &deelproduct_table);
}

/* Every intensity level is in use until the region switches one off. */
static void
tafel_deelproduct_init (TafelDeelproduct *self)
{
  self->niveau_licht = TRUE;
  self->niveau_middel = TRUE;
  self->niveau_zwaar = TRUE;
  self->niveau_intensief = TRUE;
}

TafelProductgroep *
tafel_productgroep_new (gint64 traject_id)
{
  return g_object_new (TAFEL_TYPE_PRODUCTGROEP, "traject-id", traject_id, NULL);
}

const char *
tafel_productgroep_get_name (TafelProductgroep *self)
{
  g_return_val_if_fail (TAFEL_IS_PRODUCTGROEP (self), NULL);
  return self->name;
}

const char *
tafel_productgroep_get_abbreviation (TafelProductgroep *self)
{
  g_return_val_if_fail (TAFEL_IS_PRODUCTGROEP (self), NULL);
  return self->abbreviation;
}

gint64
tafel_productgroep_get_position (TafelProductgroep *self)
{
  g_return_val_if_fail (TAFEL_IS_PRODUCTGROEP (self), 0);
  return self->position;
}

TafelDeelproduct *
tafel_deelproduct_new (gint64 traject_id)
{
  return g_object_new (TAFEL_TYPE_DEELPRODUCT, "traject-id", traject_id, NULL);
}

const char *
tafel_deelproduct_get_name (TafelDeelproduct *self)
{
  g_return_val_if_fail (TAFEL_IS_DEELPRODUCT (self), NULL);
  return self->name;
}

gint64
tafel_deelproduct_get_productgroep_id (TafelDeelproduct *self)
{
  g_return_val_if_fail (TAFEL_IS_DEELPRODUCT (self), 0);
  return self->productgroep_id;
}

const char *
tafel_deelproduct_get_inkoopniveau (TafelDeelproduct *self)
{
  g_return_val_if_fail (TAFEL_IS_DEELPRODUCT (self), NULL);
  return self->inkoopniveau;
}

const char *
tafel_deelproduct_get_productcode (TafelDeelproduct *self)
{
  g_return_val_if_fail (TAFEL_IS_DEELPRODUCT (self), NULL);
  return self->productcode;
}

const char *
tafel_deelproduct_get_uitvoeringsvariant (TafelDeelproduct *self)
{
  g_return_val_if_fail (TAFEL_IS_DEELPRODUCT (self), NULL);
  return self->uitvoeringsvariant;
}

gint64
tafel_deelproduct_get_position (TafelDeelproduct *self)
{
  g_return_val_if_fail (TAFEL_IS_DEELPRODUCT (self), 0);
  return self->position;
}

/* The by-law sentence "maximaal 12 maanden en maximaal 2 maal per jaar",
 * or an empty string when neither is set. */
char *
tafel_deelproduct_dup_max_duur_frequentie (TafelDeelproduct *self)
{
  g_autofree char *duur = NULL;
  g_autofree char *freq = NULL;

  g_return_val_if_fail (TAFEL_IS_DEELPRODUCT (self), NULL);

  if (self->max_duur > 0)
    duur = g_strdup_printf (_("at most %d %s"), (int) self->max_duur,
                            tafel_choice_label (tafel_duration_units, self->max_duur_unit));
  if (self->max_frequentie > 0)
    freq = g_strdup_printf (_("at most %d times %s"), (int) self->max_frequentie,
                            tafel_choice_label (tafel_frequency_units, self->max_frequentie_unit));

  if (duur != NULL && freq != NULL)
    return g_strdup_printf (_("%s and %s"), duur, freq);
  if (duur != NULL)
    return g_steal_pointer (&duur);
  if (freq != NULL)
    return g_steal_pointer (&freq);

  return g_strdup ("");
}

/* Whether intensity level @niveau (an id of tafel_niveaus) is in use. */
gboolean
tafel_deelproduct_uses_niveau (TafelDeelproduct *self,
                               const char       *niveau)
{
  g_return_val_if_fail (TAFEL_IS_DEELPRODUCT (self), FALSE);

  if (g_strcmp0 (niveau, "licht") == 0)
    return self->niveau_licht;
  if (g_strcmp0 (niveau, "middel") == 0)
    return self->niveau_middel;
  if (g_strcmp0 (niveau, "zwaar") == 0)
    return self->niveau_zwaar;
  if (g_strcmp0 (niveau, "intensief") == 0)
    return self->niveau_intensief;

  g_return_val_if_reached (FALSE);
}

const char *
tafel_deelproduct_get_intensiteit_eenheid (TafelDeelproduct *self)
{
  g_return_val_if_fail (TAFEL_IS_DEELPRODUCT (self), NULL);
  return self->intensiteit_eenheid;
}

const char *
tafel_deelproduct_get_duur_eenheid (TafelDeelproduct *self)
{
  g_return_val_if_fail (TAFEL_IS_DEELPRODUCT (self), NULL);
  return self->duur_eenheid;
}

gboolean
tafel_deelproduct_is_groepsproduct (TafelDeelproduct *self)
{
  g_return_val_if_fail (TAFEL_IS_DEELPRODUCT (self), FALSE);
  return self->groepsproduct;
}
