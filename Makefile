# Installs what ./build.sh published into artifacts/ (GNU make; FreeBSD's port uses gmake).
#   make install PREFIX=/usr            Debian: polkitd reads only /usr/share/polkit-1/actions
#   make install                        /usr/local, as FreeBSD and hand installs want it
#   make install DESTDIR=/tmp/stage     staged, for packagers
#   make uninstall                      the same variables remove exactly what install put there
# Nothing here compiles C#: run ./build.sh first.
# SYSCONFDIR is not chosen here: it is the folder compiled into the binary (./build.sh -p:SysConfDir=DIR, else /etc;
# /usr/local/etc when built on FreeBSD), which the binary names (`update-station settings`, first line), so the
# settings file, the autostart entry and the log rotation go where they are read. A SYSCONFDIR that differs is refused.

PREFIX ?= /usr/local
BINDIR ?= $(PREFIX)/bin
LIBEXECDIR ?= $(PREFIX)/libexec
DATADIR ?= $(PREFIX)/share
MANDIR ?= $(DATADIR)/man
LOCALEDIR ?= $(DATADIR)/locale
DOCDIR ?= $(DATADIR)/doc/update-station
EXAMPLESDIR ?= $(DOCDIR)/examples
POLKITACTIONSDIR ?= $(DATADIR)/polkit-1/actions

# The administrators' group in the sudoers and doas examples, and how the system rotates logs.
ifeq ($(shell uname -s),FreeBSD)
ADMINGROUP ?= wheel
LOGROTATION ?= newsyslog
else
ADMINGROUP ?= sudo
LOGROTATION ?= logrotate
endif

ARTIFACTS ?= artifacts
APPID := org.updatestation.UpdateStation
INSTALL ?= install
BUILT := $(ARTIFACTS)/packaging

# What the binary reads: the one to install, else (for uninstall, the build gone) the installed one. Asked once, when
# first needed (the eval makes the variable simple), so `make clean` never runs it.
BINARY = $(firstword $(wildcard $(ARTIFACTS)/bin/update-station $(DESTDIR)$(BINDIR)/update-station))
BINARY_SYSCONFDIR = $(eval BINARY_SYSCONFDIR := $(if $(BINARY),$(shell $(BINARY) settings 2>/dev/null </dev/null \
	| sed -n '1s|^\# system file: \(/.*\)/update-station/settings\.toml.*|\1|p')))$(BINARY_SYSCONFDIR)
SYSCONFDIR ?= $(BINARY_SYSCONFDIR)

# Files whose text names installed paths are made from their .in templates.
SUBSTITUTE = sed -e 's|@LIBEXECDIR@|$(LIBEXECDIR)|g' -e 's|@SYSCONFDIR@|$(SYSCONFDIR)|g' -e 's|@ADMINGROUP@|$(ADMINGROUP)|g'

LANGUAGES := $(patsubst po/%.po,%,$(wildcard po/*.po))
MOFILES := $(foreach lang,$(LANGUAGES),$(ARTIFACTS)/share/locale/$(lang)/LC_MESSAGES/update-station.mo)
HELPER := $(wildcard $(ARTIFACTS)/libexec/update-station-helper)

.PHONY: all install uninstall clean FORCE
all: $(BUILT)/$(APPID).policy $(BUILT)/sudoers $(BUILT)/doas.conf $(MOFILES)

# build.sh compiles the translations too; this rule makes them when it did not (or a .po changed since).
$(ARTIFACTS)/share/locale/%/LC_MESSAGES/update-station.mo: po/%.po
	@mkdir -p $(dir $@)
	msgfmt --check -o $@ $<

# Made again every time: what they name (LIBEXECDIR, SYSCONFDIR) may differ from the last install's.
$(BUILT)/%: packaging/%.in FORCE
	@mkdir -p $(BUILT)
	$(SUBSTITUTE) $< > $@

install: all
	@test -x $(ARTIFACTS)/bin/update-station || { echo "make: $(ARTIFACTS)/bin/update-station is missing: run ./build.sh first." >&2; exit 1; }
	@test -n "$(BINARY_SYSCONFDIR)" || { echo "make: $(ARTIFACTS)/bin/update-station did not name its settings file ('update-station settings' failed): rebuild it with ./build.sh." >&2; exit 1; }
	@test "$(SYSCONFDIR)" = "$(BINARY_SYSCONFDIR)" || { echo "make: SYSCONFDIR is $(SYSCONFDIR) but $(ARTIFACTS)/bin/update-station reads $(BINARY_SYSCONFDIR)/update-station/settings.toml: rebuild with ./build.sh -p:SysConfDir=$(SYSCONFDIR), or leave SYSCONFDIR out." >&2; exit 1; }
	$(INSTALL) -d $(DESTDIR)$(BINDIR)
	$(INSTALL) -m 0755 $(ARTIFACTS)/bin/update-station $(DESTDIR)$(BINDIR)/update-station
ifneq ($(HELPER),)
	$(INSTALL) -d $(DESTDIR)$(LIBEXECDIR)
	$(INSTALL) -m 0755 $(HELPER) $(DESTDIR)$(LIBEXECDIR)/update-station-helper
endif
	$(INSTALL) -d $(DESTDIR)$(DATADIR)/applications $(DESTDIR)$(SYSCONFDIR)/xdg/autostart $(DESTDIR)$(DATADIR)/metainfo
	$(INSTALL) -m 0644 packaging/$(APPID).desktop $(DESTDIR)$(DATADIR)/applications/$(APPID).desktop
	$(INSTALL) -m 0644 packaging/$(APPID).autostart.desktop $(DESTDIR)$(SYSCONFDIR)/xdg/autostart/$(APPID).desktop
	$(INSTALL) -m 0644 packaging/$(APPID).metainfo.xml $(DESTDIR)$(DATADIR)/metainfo/$(APPID).metainfo.xml
	$(INSTALL) -d $(DESTDIR)$(POLKITACTIONSDIR)
	$(INSTALL) -m 0644 $(BUILT)/$(APPID).policy $(DESTDIR)$(POLKITACTIONSDIR)/$(APPID).policy
	$(INSTALL) -d $(DESTDIR)$(EXAMPLESDIR)
	$(INSTALL) -m 0644 $(BUILT)/sudoers $(DESTDIR)$(EXAMPLESDIR)/sudoers
	$(INSTALL) -m 0644 $(BUILT)/doas.conf $(DESTDIR)$(EXAMPLESDIR)/doas.conf
	$(INSTALL) -d $(DESTDIR)$(SYSCONFDIR)/update-station
	test -e $(DESTDIR)$(SYSCONFDIR)/update-station/settings.toml || \
		$(INSTALL) -m 0644 packaging/settings.toml $(DESTDIR)$(SYSCONFDIR)/update-station/settings.toml
ifeq ($(LOGROTATION),logrotate)
	$(INSTALL) -d $(DESTDIR)$(SYSCONFDIR)/logrotate.d
	$(INSTALL) -m 0644 packaging/logrotate $(DESTDIR)$(SYSCONFDIR)/logrotate.d/update-station
else ifeq ($(LOGROTATION),newsyslog)
	$(INSTALL) -d $(DESTDIR)$(SYSCONFDIR)/newsyslog.conf.d
	$(INSTALL) -m 0644 packaging/newsyslog.conf $(DESTDIR)$(SYSCONFDIR)/newsyslog.conf.d/update-station.conf
endif
	$(INSTALL) -d $(DESTDIR)$(MANDIR)/man1 $(DESTDIR)$(MANDIR)/man8
	$(INSTALL) -m 0644 packaging/man/update-station.1 $(DESTDIR)$(MANDIR)/man1/update-station.1
	$(INSTALL) -m 0644 packaging/man/update-station-helper.8 $(DESTDIR)$(MANDIR)/man8/update-station-helper.8
	for lang in $(LANGUAGES); do \
		$(INSTALL) -d $(DESTDIR)$(LOCALEDIR)/$$lang/LC_MESSAGES && \
		$(INSTALL) -m 0644 $(ARTIFACTS)/share/locale/$$lang/LC_MESSAGES/update-station.mo $(DESTDIR)$(LOCALEDIR)/$$lang/LC_MESSAGES/update-station.mo || exit 1; \
	done

uninstall:
	@test -n "$(SYSCONFDIR)" || { echo "make: neither $(ARTIFACTS)/bin/update-station nor $(DESTDIR)$(BINDIR)/update-station names its SYSCONFDIR: give SYSCONFDIR=DIR." >&2; exit 1; }
	rm -f $(DESTDIR)$(BINDIR)/update-station $(DESTDIR)$(LIBEXECDIR)/update-station-helper
	rm -f $(DESTDIR)$(DATADIR)/applications/$(APPID).desktop $(DESTDIR)$(SYSCONFDIR)/xdg/autostart/$(APPID).desktop
	rm -f $(DESTDIR)$(DATADIR)/metainfo/$(APPID).metainfo.xml $(DESTDIR)$(POLKITACTIONSDIR)/$(APPID).policy
	rm -f $(DESTDIR)$(EXAMPLESDIR)/sudoers $(DESTDIR)$(EXAMPLESDIR)/doas.conf
	-rmdir $(DESTDIR)$(EXAMPLESDIR) $(DESTDIR)$(DOCDIR) 2>/dev/null
	! cmp -s packaging/settings.toml $(DESTDIR)$(SYSCONFDIR)/update-station/settings.toml || rm -f $(DESTDIR)$(SYSCONFDIR)/update-station/settings.toml
	-rmdir $(DESTDIR)$(SYSCONFDIR)/update-station 2>/dev/null
	rm -f $(DESTDIR)$(SYSCONFDIR)/logrotate.d/update-station $(DESTDIR)$(SYSCONFDIR)/newsyslog.conf.d/update-station.conf
	rm -f $(DESTDIR)$(MANDIR)/man1/update-station.1 $(DESTDIR)$(MANDIR)/man8/update-station-helper.8
	for lang in $(LANGUAGES); do rm -f $(DESTDIR)$(LOCALEDIR)/$$lang/LC_MESSAGES/update-station.mo; done

clean:
	rm -rf $(BUILT)

FORCE:
