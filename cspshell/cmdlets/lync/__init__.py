"""The Lync Server 2010 management cmdlets (module ``Lync``), answering from the session's
topology and lab state. Importing this package registers every cmdlet and its views."""
from . import userpoolinfo  # noqa: F401  (registration happens on import)
from . import users  # noqa: F401
from . import views  # noqa: F401
from . import topologycmdlets  # noqa: F401
from . import services  # noqa: F401
from . import registrarconfig  # noqa: F401
from . import windowsservice  # noqa: F401
from . import testing  # noqa: F401
