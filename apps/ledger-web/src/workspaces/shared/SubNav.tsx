/** The views within a workspace, as links that keep the point in time. */
import { NavLink } from 'react-router';
import { usePointInTime } from '../../shell/point-in-time';

export function SubNav({
  label,
  links,
}: {
  label: string;
  links: readonly { to: string; label: string; end?: boolean }[];
}) {
  const pointInTime = usePointInTime();
  return (
    <nav className="sub-nav" aria-label={label}>
      <ul>
        {links.map((link) => (
          <li key={link.to}>
            <NavLink className="kern-link" to={`${link.to}${pointInTime.search}`} end={link.end ?? false}>
              {link.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
