/* tafel-entity.h: the base class of every stored domain object
 *
 * An entity subclass describes its table once, as a list of TafelField
 * entries (column, type, member offset, limits). From that description the
 * base class installs GObject properties, frees members, copies objects and
 * validates values, and TafelStore reads and writes rows. Members are only
 * ever changed by the store after a committed write, or on objects that are
 * not stored yet, so a stored object always shows what is in the database.
 */
#pragma once

#include <glib-object.h>

#include "tafel-choice.h"

G_BEGIN_DECLS

typedef enum {
  TAFEL_FIELD_TEXT,       /* one line, char *, never NULL ("" when empty) */
  TAFEL_FIELD_LONG_TEXT,  /* several lines, char *, never NULL */
  TAFEL_FIELD_CHOICE,     /* const char * pointing into a TafelChoice list */
  TAFEL_FIELD_INT,        /* gint64 within [min, max] */
  TAFEL_FIELD_REF,        /* gint64 id of a row of ref_table, 0 for none */
  TAFEL_FIELD_DATE,       /* char * "YYYY-MM-DD" or NULL */
  TAFEL_FIELD_TIME,       /* char * "HH:MM" or NULL */
  TAFEL_FIELD_DATETIME,   /* char * "YYYY-MM-DDTHH:MM" (local time) or NULL */
  TAFEL_FIELD_BOOL,       /* gboolean */
  TAFEL_FIELD_TIMESTAMP,  /* char * UTC ISO 8601, kept by the store */
  TAFEL_FIELD_DECIMAL,    /* gint64 hundredths (2,5 → 250) within [min, max], or
                           * TAFEL_DECIMAL_NONE (SQL NULL) unless REQUIRED */
} TafelFieldType;

/* A decimal field that holds nothing: stored as NULL. */
#define TAFEL_DECIMAL_NONE G_MININT64

typedef enum {
  TAFEL_FIELD_REQUIRED = 1 << 0,  /* text not empty, reference not 0 */
  TAFEL_FIELD_UNIQUE   = 1 << 1,  /* unique (ignoring case) among live rows of the traject */
  TAFEL_FIELD_FIXED    = 1 << 2,  /* set when inserted, never changed afterwards */
  TAFEL_FIELD_AUTO     = 1 << 3,  /* maintained by the store only */
  TAFEL_FIELD_CODE     = 1 << 4,  /* letters and digits only, e.g. a productcode */
} TafelFieldFlags;

typedef struct {
  const char        *column;
  TafelFieldType     type;
  gsize              offset;
  const char        *label;      /* English msgid, lower case: "name" */
  gint64             min;        /* text: minimum length; int: minimum value */
  gint64             max;        /* text: maximum length in characters; int: maximum */
  const TafelChoice *choices;
  const char        *ref_table;
  TafelFieldFlags    flags;
} TafelField;

#define TAFEL_TYPE_ENTITY (tafel_entity_get_type ())
G_DECLARE_DERIVABLE_TYPE (TafelEntity, tafel_entity, TAFEL, ENTITY, GObject)

typedef struct _TafelTable TafelTable;

struct _TafelTable {
  const char       *name;          /* SQL table name */
  const char       *label;         /* English msgid, capitalised: "Sticky note" */
  const char       *title_column;  /* names a row in messages, or NULL */
  const char       *order_by;      /* SQL ORDER BY clause for lists */
  gboolean          per_traject;   /* has a traject_id column */
  gboolean          positioned;    /* has a position column kept by the store */
  const TafelField *fields;        /* ends with an entry whose column is NULL */
  /* Cross-field rules, run on the state an insert or update would store. */
  gboolean        (*check)         (TafelEntity *proposed,
                                    GError     **error);
};

struct _TafelEntityClass {
  GObjectClass parent_class;

  /*< private >*/
  const TafelTable *table;
  guint             n_fields;
  GParamSpec      **field_pspecs;
};

void               tafel_entity_class_set_table   (TafelEntityClass *klass,
                                                   const TafelTable *table);
const TafelTable  *tafel_entity_class_get_table   (TafelEntityClass *klass);
const TafelTable  *tafel_entity_get_table         (TafelEntity      *self);
const TafelField  *tafel_table_find_field         (const TafelTable *table,
                                                   const char       *name);
guint              tafel_table_get_n_fields       (const TafelTable *table);

gint64             tafel_entity_get_id            (TafelEntity      *self);
gint64             tafel_entity_get_traject_id    (TafelEntity      *self);
gboolean           tafel_entity_is_stored         (TafelEntity      *self);

const char        *tafel_entity_get_string        (TafelEntity      *self,
                                                   const char       *column);
gint64             tafel_entity_get_int           (TafelEntity      *self,
                                                   const char       *column);
gboolean           tafel_entity_get_bool          (TafelEntity      *self,
                                                   const char       *column);
char              *tafel_entity_dup_title         (TafelEntity      *self);
char              *tafel_entity_dup_description   (TafelEntity      *self);
TafelEntity       *tafel_entity_dup               (TafelEntity      *self);

void               tafel_entity_get_field_value   (TafelEntity      *self,
                                                   const TafelField *field,
                                                   GValue           *value);
gboolean           tafel_entity_apply_field_value (TafelEntity      *self,
                                                   const TafelField *field,
                                                   const GValue     *value);

/* For the store only. */
void               _tafel_entity_set_id           (TafelEntity      *self,
                                                   gint64            id);
gpointer           _tafel_entity_field_ptr        (TafelEntity      *self,
                                                   const TafelField *field);
GParamSpec        *_tafel_entity_field_pspec      (TafelEntity      *self,
                                                   const TafelField *field);

/* Field entries every table shares. */
#define TAFEL_TRAJECT_FIELD(Type)                                                              \
  { "traject_id", TAFEL_FIELD_REF, G_STRUCT_OFFSET (Type, traject_id), N_("traject"),          \
    0, 0, NULL, "traject", TAFEL_FIELD_REQUIRED | TAFEL_FIELD_FIXED }

#define TAFEL_TIMESTAMP_FIELDS(Type)                                                           \
  { "created_at", TAFEL_FIELD_TIMESTAMP, G_STRUCT_OFFSET (Type, created_at), N_("created"),    \
    0, 0, NULL, NULL, TAFEL_FIELD_AUTO },                                                       \
  { "modified_at", TAFEL_FIELD_TIMESTAMP, G_STRUCT_OFFSET (Type, modified_at), N_("modified"), \
    0, 0, NULL, NULL, TAFEL_FIELD_AUTO }

/* Where an item read from a provider's returned workbook came from: the
 * inlevering (0 for input in the room) and "sheet, row N". */
#define TAFEL_INLEVERING_FIELDS(Type)                                                          \
  { "inlevering_id", TAFEL_FIELD_REF, G_STRUCT_OFFSET (Type, inlevering_id), N_("return"),     \
    0, 0, NULL, "inlevering", TAFEL_FIELD_FIXED },                                              \
  { "herkomst", TAFEL_FIELD_TEXT, G_STRUCT_OFFSET (Type, herkomst), N_("origin"),              \
    0, 200, NULL, NULL, TAFEL_FIELD_FIXED }

/* Defines a final entity type: its class_init hands over the table. */
#define TAFEL_DEFINE_ENTITY(TypeName, type_name, table_ptr)                  \
  G_DEFINE_FINAL_TYPE (TypeName, type_name, TAFEL_TYPE_ENTITY)               \
  static void type_name##_class_init (TypeName##Class *klass)                \
  {                                                                          \
    tafel_entity_class_set_table (TAFEL_ENTITY_CLASS (klass), (table_ptr));  \
  }                                                                          \
  static void type_name##_init (TypeName *self)                              \
  {                                                                          \
  }

G_END_DECLS
