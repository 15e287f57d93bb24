/* tafel-error.c: the error domain of the core library */
#include "tafel-error.h"

G_DEFINE_QUARK (tafel-error-quark, tafel_error)
