/* tafel-error.h: the error domain of the core library
 *
 * Every error that reaches a user carries a message that is already
 * translated (msgid in English, Dutch in po/nl.po) and says what went wrong
 * and where.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define TAFEL_ERROR (tafel_error_quark ())

typedef enum {
  TAFEL_ERROR_INVALID,        /* input refused by validation */
  TAFEL_ERROR_NOT_FOUND,      /* the row is gone or never existed */
  TAFEL_ERROR_DUPLICATE,      /* a unique name is already taken */
  TAFEL_ERROR_NOT_OURS,       /* the file is not an Ontwikkeltafel database */
  TAFEL_ERROR_CORRUPT,        /* the database file is damaged */
  TAFEL_ERROR_NEWER,          /* written by a newer schema than we know */
  TAFEL_ERROR_LOCKED,         /* another program holds the database */
  TAFEL_ERROR_READ_ONLY,      /* the file, its folder or the disk is read-only */
  TAFEL_ERROR_IO,             /* any other storage failure */
  TAFEL_ERROR_EXPORT,         /* writing a workbook failed */
  TAFEL_ERROR_TEMPLATE,       /* a template could not be read */
  TAFEL_ERROR_IMPORT,         /* a workbook to import was refused or is damaged */
} TafelError;

GQuark tafel_error_quark (void);

G_END_DECLS
