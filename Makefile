# Installs what ./build.sh published into artifacts/ (GNU make; FreeBSD's port uses gmake).
#   make install PREFIX=/usr            Debian: polkitd reads only /usr/share/polkit-1/actions
#   make install                        /usr/local, as FreeBSD and hand installs want it
#   make install DESTDIR=/tmp/stage     staged, for packagers
#   make uninstall                      the same variables remove what install put there, but for what an
#                                       administrator edited since (settings, autostart entry, log rotation)
# Every path must be absolute; any may hold spaces.
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
# The scheduler of automatic runs: systemd's units (their timer enabled where they are installed), else FreeBSD's periodic daily.
SYSTEMDUNITDIR ?= $(PREFIX)/lib/systemd/system
PERIODICDIR ?= $(PREFIX)/etc/periodic/daily

# The administrators' group in the sudoers and doas examples, and how the system rotates logs.
ifeq ($(shell uname -s),FreeBSD)
ADMINGROUP ?= wheel
LOGROTATION ?= newsyslog
SCHEDULER ?= periodic
else
ADMINGROUP ?= sudo
LOGROTATION ?= logrotate
SCHEDULER ?= systemd
endif

ARTIFACTS ?= artifacts
APPID := org.updatestation.UpdateStation
INSTALL ?= install
BUILT := $(ARTIFACTS)/packaging

# A path as one shell word, whatever it holds (spaces, quotes): every path in a recipe goes through it, since make
# itself splits words on spaces (`make uninstall DESTDIR="/home/a/my stage"` once removed /home/a/my).
q = '$(subst ','\'',$(1))'
# The same path under DESTDIR.
d = $(call q,$(DESTDIR)$(1))

# A relative path would install into (and uninstall from) whatever folder make runs in: refused before anything runs.
ifneq ($(filter-out clean,$(or $(MAKECMDGOALS),all)),)
$(foreach v,$(if $(DESTDIR),DESTDIR) PREFIX BINDIR LIBEXECDIR DATADIR MANDIR LOCALEDIR DOCDIR EXAMPLESDIR POLKITACTIONSDIR SYSTEMDUNITDIR PERIODICDIR,\
	$(if $(filter /%,$(firstword $($(v)))),,$(error $(v) must be an absolute path, not '$($(v))')))
endif

# What the binary reads: the one to install, else (for uninstall, the build gone) the installed one. Asked once, when
# first needed (the evals make the variables simple), so `make clean` never runs it.
BINARY = $(eval BINARY := $(shell for f in $(call q,$(ARTIFACTS)/bin/update-station) $(call d,$(BINDIR)/update-station); do \
	[ -x "$$f" ] && { printf '%s' "$$f"; break; }; done))$(BINARY)
BINARY_SYSCONFDIR = $(eval BINARY_SYSCONFDIR := $(if $(BINARY),$(shell $(call q,$(BINARY)) settings 2>/dev/null </dev/null \
	| sed -n '1s|^\# system file: \(/.*\)/update-station/settings\.toml.*|\1|p')))$(BINARY_SYSCONFDIR)
SYSCONFDIR ?= $(BINARY_SYSCONFDIR)

# Files whose text names installed paths are made from their .in templates (the values escaped for sed's replacement).
sedtext = $(subst |,\|,$(subst &,\&,$(subst \,\\,$(1))))
SUBSTITUTE = sed -e $(call q,s|@LIBEXECDIR@|$(call sedtext,$(LIBEXECDIR))|g) -e $(call q,s|@SYSCONFDIR@|$(call sedtext,$(SYSCONFDIR))|g) \
	-e $(call q,s|@ADMINGROUP@|$(call sedtext,$(ADMINGROUP))|g)

# Removes DESTDIR$(1) when it is still what install put there ($(2)); one an administrator edited stays, and is named.
define remove-unedited
	@if [ -e $(call d,$(1)) ]; then \
		if cmp -s $(call q,$(2)) $(call d,$(1)); then echo rm -f $(call d,$(1)) && rm -f $(call d,$(1)); \
		else printf 'make: kept %s: it differs from the one make install put there.\n' $(call d,$(1)); fi; \
	fi
endef

LANGUAGES := $(patsubst po/%.po,%,$(wildcard po/*.po))
MOFILES := $(foreach lang,$(LANGUAGES),$(ARTIFACTS)/share/locale/$(lang)/LC_MESSAGES/update-station.mo)
HELPER := $(wildcard $(ARTIFACTS)/libexec/update-station-helper)
# The menu and autostart entries with their translations (msgfmt --desktop reads po/LINGUAS); our icons for hicolor.
DESKTOPFILES := $(BUILT)/$(APPID).desktop $(BUILT)/$(APPID).autostart.desktop
ICONS := $(notdir $(wildcard packaging/icons/*.svg))
ICONDIR := $(DATADIR)/icons/hicolor/scalable/apps

.PHONY: all install uninstall clean FORCE
all: $(BUILT)/$(APPID).policy $(BUILT)/sudoers $(BUILT)/doas.conf $(DESKTOPFILES) $(BUILT)/systemd/update-station-automatic.service \
	$(BUILT)/freebsd/periodic/410.update-station $(MOFILES)

# build.sh compiles the translations too; this rule makes them when it did not (or a .po changed since).
$(ARTIFACTS)/share/locale/%/LC_MESSAGES/update-station.mo: po/%.po
	@mkdir -p $(call q,$(dir $@))
	msgfmt --check -o $(call q,$@) $(call q,$<)

$(DESKTOPFILES): $(BUILT)/%: packaging/%.in po/LINGUAS $(wildcard po/*.po)
	@mkdir -p $(call q,$(BUILT))
	msgfmt --desktop --template=$(call q,$<) -d po -o $(call q,$@)

# Made again every time: what they name (LIBEXECDIR, SYSCONFDIR) may differ from the last install's.
$(BUILT)/%: packaging/%.in FORCE
	@mkdir -p $(call q,$(dir $@))
	$(SUBSTITUTE) $(call q,$<) > $(call q,$@)

install: all
	@test -x $(call q,$(ARTIFACTS)/bin/update-station) || { echo "make: $(ARTIFACTS)/bin/update-station is missing: run ./build.sh first." >&2; exit 1; }
	@test -n "$(BINARY_SYSCONFDIR)" || { echo "make: $(ARTIFACTS)/bin/update-station did not name its settings file ('update-station settings' failed): rebuild it with ./build.sh." >&2; exit 1; }
	@test $(call q,$(SYSCONFDIR)) = $(call q,$(BINARY_SYSCONFDIR)) || { echo "make: SYSCONFDIR is $(SYSCONFDIR) but $(ARTIFACTS)/bin/update-station reads $(BINARY_SYSCONFDIR)/update-station/settings.toml: rebuild with ./build.sh -p:SysConfDir=$(SYSCONFDIR), or leave SYSCONFDIR out." >&2; exit 1; }
	$(INSTALL) -d $(call d,$(BINDIR))
	$(INSTALL) -m 0755 $(call q,$(ARTIFACTS)/bin/update-station) $(call d,$(BINDIR)/update-station)
ifneq ($(HELPER),)
	$(INSTALL) -d $(call d,$(LIBEXECDIR))
	$(INSTALL) -m 0755 $(call q,$(HELPER)) $(call d,$(LIBEXECDIR)/update-station-helper)
endif
	$(INSTALL) -d $(call d,$(DATADIR)/applications) $(call d,$(SYSCONFDIR)/xdg/autostart) $(call d,$(DATADIR)/metainfo)
	$(INSTALL) -m 0644 $(call q,$(BUILT)/$(APPID).desktop) $(call d,$(DATADIR)/applications/$(APPID).desktop)
	$(INSTALL) -m 0644 $(call q,$(BUILT)/$(APPID).autostart.desktop) $(call d,$(SYSCONFDIR)/xdg/autostart/$(APPID).desktop)
	$(INSTALL) -m 0644 packaging/$(APPID).metainfo.xml $(call d,$(DATADIR)/metainfo/$(APPID).metainfo.xml)
	$(INSTALL) -d $(call d,$(ICONDIR))
	for icon in $(ICONS); do $(INSTALL) -m 0644 packaging/icons/$$icon $(call d,$(ICONDIR))/$$icon || exit 1; done
	$(INSTALL) -d $(call d,$(POLKITACTIONSDIR))
	$(INSTALL) -m 0644 $(call q,$(BUILT)/$(APPID).policy) $(call d,$(POLKITACTIONSDIR)/$(APPID).policy)
	$(INSTALL) -d $(call d,$(EXAMPLESDIR))
	$(INSTALL) -m 0644 $(call q,$(BUILT)/sudoers) $(call d,$(EXAMPLESDIR)/sudoers)
	$(INSTALL) -m 0644 $(call q,$(BUILT)/doas.conf) $(call d,$(EXAMPLESDIR)/doas.conf)
	$(INSTALL) -d $(call d,$(SYSCONFDIR)/update-station)
	test -e $(call d,$(SYSCONFDIR)/update-station/settings.toml) || \
		$(INSTALL) -m 0644 packaging/settings.toml $(call d,$(SYSCONFDIR)/update-station/settings.toml)
ifeq ($(LOGROTATION),logrotate)
	$(INSTALL) -d $(call d,$(SYSCONFDIR)/logrotate.d)
	$(INSTALL) -m 0644 packaging/logrotate $(call d,$(SYSCONFDIR)/logrotate.d/update-station)
else ifeq ($(LOGROTATION),newsyslog)
	$(INSTALL) -d $(call d,$(SYSCONFDIR)/newsyslog.conf.d)
	$(INSTALL) -m 0644 packaging/newsyslog.conf $(call d,$(SYSCONFDIR)/newsyslog.conf.d/update-station.conf)
endif
# The scheduler of automatic runs starts the helper: only with it.
ifneq ($(HELPER),)
ifeq ($(SCHEDULER),systemd)
	$(INSTALL) -d $(call d,$(SYSTEMDUNITDIR)/timers.target.wants)
	$(INSTALL) -m 0644 $(call q,$(BUILT)/systemd/update-station-automatic.service) $(call d,$(SYSTEMDUNITDIR)/update-station-automatic.service)
	$(INSTALL) -m 0644 packaging/systemd/update-station-automatic.timer $(call d,$(SYSTEMDUNITDIR)/update-station-automatic.timer)
	ln -sf ../update-station-automatic.timer $(call d,$(SYSTEMDUNITDIR)/timers.target.wants/update-station-automatic.timer)
else ifeq ($(SCHEDULER),periodic)
	$(INSTALL) -d $(call d,$(PERIODICDIR))
	$(INSTALL) -m 0555 $(call q,$(BUILT)/freebsd/periodic/410.update-station) $(call d,$(PERIODICDIR)/410.update-station)
endif
endif
	$(INSTALL) -d $(call d,$(MANDIR)/man1) $(call d,$(MANDIR)/man8)
	$(INSTALL) -m 0644 packaging/man/update-station.1 $(call d,$(MANDIR)/man1/update-station.1)
	$(INSTALL) -m 0644 packaging/man/update-station-helper.8 $(call d,$(MANDIR)/man8/update-station-helper.8)
	for lang in $(LANGUAGES); do \
		$(INSTALL) -d $(call d,$(LOCALEDIR))/$$lang/LC_MESSAGES && \
		$(INSTALL) -m 0644 $(call q,$(ARTIFACTS)/share/locale)/$$lang/LC_MESSAGES/update-station.mo $(call d,$(LOCALEDIR))/$$lang/LC_MESSAGES/update-station.mo || exit 1; \
	done

# What an administrator may have edited (the settings, the autostart entry, the log rotation) is removed only when unchanged.
uninstall: $(BUILT)/$(APPID).autostart.desktop
	@test -n "$(SYSCONFDIR)" || { echo "make: neither $(ARTIFACTS)/bin/update-station nor $(DESTDIR)$(BINDIR)/update-station names its SYSCONFDIR: give SYSCONFDIR=DIR." >&2; exit 1; }
	rm -f $(call d,$(BINDIR)/update-station) $(call d,$(LIBEXECDIR)/update-station-helper)
	rm -f $(call d,$(DATADIR)/applications/$(APPID).desktop)
	$(call remove-unedited,$(SYSCONFDIR)/xdg/autostart/$(APPID).desktop,$(BUILT)/$(APPID).autostart.desktop)
	for icon in $(ICONS); do rm -f $(call d,$(ICONDIR))/$$icon; done
	rm -f $(call d,$(DATADIR)/metainfo/$(APPID).metainfo.xml) $(call d,$(POLKITACTIONSDIR)/$(APPID).policy)
	rm -f $(call d,$(EXAMPLESDIR)/sudoers) $(call d,$(EXAMPLESDIR)/doas.conf)
	-rmdir $(call d,$(EXAMPLESDIR)) $(call d,$(DOCDIR)) 2>/dev/null
	$(call remove-unedited,$(SYSCONFDIR)/update-station/settings.toml,packaging/settings.toml)
	-rmdir $(call d,$(SYSCONFDIR)/update-station) 2>/dev/null
	$(call remove-unedited,$(SYSCONFDIR)/logrotate.d/update-station,packaging/logrotate)
	$(call remove-unedited,$(SYSCONFDIR)/newsyslog.conf.d/update-station.conf,packaging/newsyslog.conf)
	rm -f $(call d,$(MANDIR)/man1/update-station.1) $(call d,$(MANDIR)/man8/update-station-helper.8)
	rm -f $(call d,$(SYSTEMDUNITDIR)/timers.target.wants/update-station-automatic.timer) \
		$(call d,$(SYSTEMDUNITDIR)/update-station-automatic.service) $(call d,$(SYSTEMDUNITDIR)/update-station-automatic.timer)
	-rmdir $(call d,$(SYSTEMDUNITDIR)/timers.target.wants) 2>/dev/null
	rm -f $(call d,$(PERIODICDIR)/410.update-station)
	for lang in $(LANGUAGES); do rm -f $(call d,$(LOCALEDIR))/$$lang/LC_MESSAGES/update-station.mo; done

clean:
	rm -rf $(call q,$(BUILT))

FORCE:
