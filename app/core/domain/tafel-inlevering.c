/* tafel-inlevering.c: uitvraag workbooks sent, and the returns read back */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "tafel-inlevering.h"
#include "tafel-traject.h"

struct _TafelUitvraag
{
  TafelEntity parent_instance;

  gint64      traject_id;
  gint64      sessie_id;
  gint64      organisatie_id;
  char       *sleutel;
  char       *bestand;
  gint64      versie;
  char       *created_at;
  char       *modified_at;
};

struct _TafelInlevering
{
  TafelEntity parent_instance;

  gint64      traject_id;
  gint64      sessie_id;
  gint64      organisatie_id;
  gint64      uitvraag_id;
  char       *bestand;
  char       *sha256;
  char       *inhoud;
  char       *gewijzigd;
  const char *status;
  gint64      vervangt_id;
  gint64      n_items;
  gint64      n_fouten;
  char       *fouten;
  char       *advies;
  char       *onderwerpen;
  char       *vragen;
  char       *created_at;
  char       *modified_at;
};

const TafelChoice tafel_inlevering_statussen[] = {
  { "actief", N_("Imported") },
  { "vervangen", N_("Replaced by a newer return") },
  { "ongedaan", N_("Undone") },
  { NULL, NULL }
};

static const TafelField uitvraag_fields[] = {
  TAFEL_TRAJECT_FIELD (TafelUitvraag),
  { "sessie_id", TAFEL_FIELD_REF, G_STRUCT_OFFSET (TafelUitvraag, sessie_id), N_("session"),
    0, 0, NULL, "sessie", TAFEL_FIELD_REQUIRED | TAFEL_FIELD_FIXED },
  { "organisatie_id", TAFEL_FIELD_REF, G_STRUCT_OFFSET (TafelUitvraag, organisatie_id),
    N_("organisation"), 0, 0, NULL, "organisatie", TAFEL_FIELD_FIXED },
  { "sleutel", TAFEL_FIELD_TEXT, G_STRUCT_OFFSET (TafelUitvraag, sleutel), N_("key"),
    8, 64, NULL, NULL, TAFEL_FIELD_REQUIRED | TAFEL_FIELD_FIXED },
  { "bestand", TAFEL_FIELD_TEXT, G_STRUCT_OFFSET (TafelUitvraag, bestand), N_("file"),
    0, 4096, NULL, NULL, 0 },
  { "versie", TAFEL_FIELD_INT, G_STRUCT_OFFSET (TafelUitvraag, versie), N_("template version"),
    1, 1000, NULL, NULL, TAFEL_FIELD_FIXED },
  TAFEL_TIMESTAMP_FIELDS (TafelUitvraag),
  { NULL }
};

static const TafelTable uitvraag_table = {
  .name = "uitvraag",
  .label = N_("Uitvraag workbook"),
  .title_column = NULL,
  .order_by = "sessie_id, organisatie_id, id",
  .per_traject = TRUE,
  .fields = uitvraag_fields,
};

#define INLEVERING_TEXT(member, label, max) \
  { #member, TAFEL_FIELD_LONG_TEXT, G_STRUCT_OFFSET (TafelInlevering, member), label, 0, max, NULL, NULL, 0 }

static const TafelField inlevering_fields[] = {
  TAFEL_TRAJECT_FIELD (TafelInlevering),
  { "sessie_id", TAFEL_FIELD_REF, G_STRUCT_OFFSET (TafelInlevering, sessie_id), N_("session"),
    0, 0, NULL, "sessie", TAFEL_FIELD_FIXED },
  { "organisatie_id", TAFEL_FIELD_REF, G_STRUCT_OFFSET (TafelInlevering, organisatie_id),
    N_("organisation"), 0, 0, NULL, "organisatie", TAFEL_FIELD_REQUIRED | TAFEL_FIELD_FIXED },
  { "uitvraag_id", TAFEL_FIELD_REF, G_STRUCT_OFFSET (TafelInlevering, uitvraag_id),
    N_("uitvraag workbook"), 0, 0, NULL, "uitvraag", TAFEL_FIELD_FIXED },
  { "bestand", TAFEL_FIELD_TEXT, G_STRUCT_OFFSET (TafelInlevering, bestand), N_("file"),
    0, 4096, NULL, NULL, TAFEL_FIELD_FIXED },
  { "sha256", TAFEL_FIELD_TEXT, G_STRUCT_OFFSET (TafelInlevering, sha256), N_("file hash"),
    0, 64, NULL, NULL, TAFEL_FIELD_FIXED },
  { "inhoud", TAFEL_FIELD_TEXT, G_STRUCT_OFFSET (TafelInlevering, inhoud), N_("content hash"),
    0, 64, NULL, NULL, TAFEL_FIELD_FIXED },
  { "gewijzigd", TAFEL_FIELD_TEXT, G_STRUCT_OFFSET (TafelInlevering, gewijzigd), N_("last saved"),
    0, 64, NULL, NULL, TAFEL_FIELD_FIXED },
  { "status", TAFEL_FIELD_CHOICE, G_STRUCT_OFFSET (TafelInlevering, status), N_("status"),
    0, 0, tafel_inlevering_statussen, NULL, 0 },
  { "vervangt_id", TAFEL_FIELD_REF, G_STRUCT_OFFSET (TafelInlevering, vervangt_id),
    N_("replaces"), 0, 0, NULL, "inlevering", TAFEL_FIELD_FIXED },
  { "n_items", TAFEL_FIELD_INT, G_STRUCT_OFFSET (TafelInlevering, n_items), N_("items"),
    0, G_MAXINT32, NULL, NULL, TAFEL_FIELD_FIXED },
  { "n_fouten", TAFEL_FIELD_INT, G_STRUCT_OFFSET (TafelInlevering, n_fouten), N_("errors"),
    0, G_MAXINT32, NULL, NULL, TAFEL_FIELD_FIXED },
  INLEVERING_TEXT (fouten, N_("errors"), 200000),
  INLEVERING_TEXT (advies, N_("most important advice"), 20000),
  INLEVERING_TEXT (onderwerpen, N_("topics for the next session"), 20000),
  INLEVERING_TEXT (vragen, N_("questions for the next session"), 20000),
  TAFEL_TIMESTAMP_FIELDS (TafelInlevering),
  { NULL }
};

static const TafelTable inlevering_table = {
  .name = "inlevering",
  .label = N_("Return"),
  .title_column = "bestand",
  .order_by = "id",
  .per_traject = TRUE,
  .fields = inlevering_fields,
};

TAFEL_DEFINE_ENTITY (TafelUitvraag, tafel_uitvraag, &uitvraag_table)
TAFEL_DEFINE_ENTITY (TafelInlevering, tafel_inlevering, &inlevering_table)

TafelUitvraag *
tafel_uitvraag_new (gint64 traject_id)
{
  return g_object_new (TAFEL_TYPE_UITVRAAG, "traject-id", traject_id, NULL);
}

#define GETTER(Type, TYPE, type, ret, member, fallback)  \
  ret                                                    \
  type##_get_##member (Type *self)                       \
  {                                                      \
    g_return_val_if_fail (TAFEL_IS_##TYPE (self), fallback); \
    return self->member;                                 \
  }

GETTER (TafelUitvraag, UITVRAAG, tafel_uitvraag, gint64, sessie_id, 0)
GETTER (TafelUitvraag, UITVRAAG, tafel_uitvraag, gint64, organisatie_id, 0)
GETTER (TafelUitvraag, UITVRAAG, tafel_uitvraag, const char *, sleutel, NULL)
GETTER (TafelUitvraag, UITVRAAG, tafel_uitvraag, const char *, bestand, NULL)
GETTER (TafelUitvraag, UITVRAAG, tafel_uitvraag, const char *, created_at, NULL)

TafelInlevering *
tafel_inlevering_new (gint64 traject_id)
{
  return g_object_new (TAFEL_TYPE_INLEVERING, "traject-id", traject_id, NULL);
}

GETTER (TafelInlevering, INLEVERING, tafel_inlevering, gint64, sessie_id, 0)
GETTER (TafelInlevering, INLEVERING, tafel_inlevering, gint64, organisatie_id, 0)
GETTER (TafelInlevering, INLEVERING, tafel_inlevering, gint64, uitvraag_id, 0)
GETTER (TafelInlevering, INLEVERING, tafel_inlevering, const char *, bestand, NULL)
GETTER (TafelInlevering, INLEVERING, tafel_inlevering, const char *, sha256, NULL)
GETTER (TafelInlevering, INLEVERING, tafel_inlevering, const char *, inhoud, NULL)
GETTER (TafelInlevering, INLEVERING, tafel_inlevering, const char *, status, NULL)
GETTER (TafelInlevering, INLEVERING, tafel_inlevering, gint64, vervangt_id, 0)
GETTER (TafelInlevering, INLEVERING, tafel_inlevering, gint64, n_items, 0)
GETTER (TafelInlevering, INLEVERING, tafel_inlevering, gint64, n_fouten, 0)
GETTER (TafelInlevering, INLEVERING, tafel_inlevering, const char *, fouten, NULL)
GETTER (TafelInlevering, INLEVERING, tafel_inlevering, const char *, advies, NULL)
GETTER (TafelInlevering, INLEVERING, tafel_inlevering, const char *, onderwerpen, NULL)
GETTER (TafelInlevering, INLEVERING, tafel_inlevering, const char *, vragen, NULL)
GETTER (TafelInlevering, INLEVERING, tafel_inlevering, const char *, created_at, NULL)
